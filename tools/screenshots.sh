#!/usr/bin/env bash
# Makes docs/read.png and docs/check.png, the README's screenshots, from the real output of the
# built CLI: it runs `backpain read causes` and an interactive `backpain check` in an 80-column
# tmux pane (the checklist driven with send-keys), captures the pane with its colours and draws
# it with tools/ansi-to-png.py. Not run in CI: run it when what they show changes, and commit
# the PNGs. It installs tmux, Pillow and the DejaVu fonts with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's python, which apt's Pillow is for (a python3 earlier on PATH, from pyenv say, lacks it).
python=/usr/bin/python3
missing=()
command -v tmux >/dev/null || missing+=(tmux)
[ -x "$python" ] && "$python" -c 'import PIL' 2>/dev/null || missing+=(python3-pil)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
fi

npm run build --silent

work=$(mktemp -d)
# A tmux server of our own (-L), so no session of the user's is touched.
server="backpain-screenshots-$$"
trap 'tmux -L "$server" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir "$work/bin"
printf '#!/bin/sh\nexec node %q "$@"\n' "$PWD/bin/backpain.js" >"$work/bin/backpain"
chmod +x "$work/bin/backpain"

tm() { tmux -L "$server" "$@"; }

# Waits until the pane's text (all of it, history too) matches an extended regex.
wait_for() {
  for _ in $(seq 150); do
    tm capture-pane -p -S - | grep -Eq -- "$1" && return 0
    sleep 0.1
  done
  echo "screenshots: timed out waiting for /$1/ in:" >&2
  tm capture-pane -p -S - >&2
  exit 1
}

# Waits for the open prompt whose text matches $1 (an extended regex; Inquirer marks the open
# prompt with "?" and an answered one with a tick) and sends it the keys after $1.
ask() {
  local prompt=$1
  shift
  wait_for "^\? (\[!\] [A-Za-z ]+: )?$prompt"
  tm send-keys "$@"
}

# Types no to each of these prompts in turn.
no_to() {
  local prompt
  for prompt in "$@"; do ask "$prompt" no Enter; done
}

# A fresh 80-column terminal: a plain prompt, backpain on PATH, colour on, no pager, no rc files.
terminal() {
  tm kill-server 2>/dev/null || true
  tm -f /dev/null new-session -d -x 80 -y 50 \
    env -i HOME="$work" PATH="$work/bin:$(dirname "$(command -v node)"):/usr/bin:/bin" TERM=xterm-256color LANG=C.UTF-8 PAGER= PS1='$ ' \
    bash --norc --noprofile
  wait_for '^\$$'
}

# Runs a command line, waits for the prompt to come back, and draws the pane as docs/$1.png.
shoot() {
  local name=$1 title=$2
  wait_for '^\$$'
  tm capture-pane -e -p -S - >"$work/$name.ans"
  "$python" tools/ansi-to-png.py "$work/$name.ans" "docs/$name.png" --cols 80 --title "$title"
  echo "wrote docs/$name.png"
}

mkdir -p docs

terminal
tm send-keys 'backpain read causes' Enter
wait_for '^\$ backpain read causes$'
wait_for 'talk with your doctor about your pain'
shoot read 'backpain read causes'

# Age 45; no to every emergency and same-day sign; yes to pain down one leg that sitting or
# coughing makes worse; 2 to 6 weeks, staying the same; two risk factors ticked. Each prompt is
# waited for by its text (Inquirer wraps long ones, so each pattern is the start of its first
# line), so a question added, dropped or moved stops the script with the pane shown.
terminal
tm send-keys 'backpain check' Enter
ask 'How old are you\?' 45 Enter
no_to 'Has a doctor told you that you have weak bones' 'Have you taken steroid tablets' \
  'Do you have pain, tingling, weakness or numbness in both' 'Do you feel numb or tingly between' \
  'Have you noticed a change in sex' 'Do you have chest pain' 'Did the pain start after a serious' \
  'Has anything changed in the way you pee' 'Has anything changed in the way you poo' \
  'Is one of your calves or thighs swollen' 'Did you suddenly get severe pain in your tummy' \
  'Did you suddenly get a severe tearing' 'Has one leg suddenly gone cold' \
  'Has one side of your face suddenly dropped' 'Has an arm or leg on one side' \
  'Is your speech suddenly slurred' 'Does pain or pressure spread to your arm' \
  'Does your calf ache or cramp when you walk'
ask 'Does your pain start in your lower back and travel down one leg' yes Enter
ask 'Does sitting, coughing or sneezing make your pain worse' yes Enter
no_to 'Does one of your legs tingle' 'Do you have a fever' 'Have you lost weight without trying' \
  'Do you have a lump or swelling in your back' 'Does your pain stay bad even when you rest' \
  'Is your pain much worse at night' 'Do you have cancer now' 'Is your immune system weak' \
  'Do you inject drugs' 'Do you have new pain in the middle or upper part'
# The choices are a list: the second of each (2 to 6 weeks; staying the same).
ask 'How long have you had this pain\?' Down Enter
wait_for '^✔ How long have you had this pain\? 2 to 6 weeks$'
ask 'Which way is your pain going\?' Down Enter
wait_for '^✔ Which way is your pain going\? It is staying the same$'
no_to 'Does the pain stop you doing your normal activities' 'Are you finding it hard to cope'
# The first two risk factors: extra body weight and long periods of sitting.
ask 'Which of these apply to you\?' Space Down Space Enter
wait_for '^(Emergency|Today|See a doctor|Self-care): '
wait_for 'talk with your doctor about your pain'
shoot check 'backpain check'
