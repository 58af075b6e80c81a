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

# Waits until at least $1 prompts have been answered (Inquirer marks each with a tick).
answered() {
  for _ in $(seq 150); do
    [ "$(tm capture-pane -p -S - | grep -c '✔')" -ge "$1" ] && return 0
    sleep 0.1
  done
  echo "screenshots: prompt $1 was not answered" >&2
  exit 1
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

# No to the eight emergency and eight same-day signs (typed: they have no default), yes to pain
# down one leg, no to the other symptoms, two risk factors ticked.
terminal
tm send-keys 'backpain check' Enter
n=0
for answer in no no no no no no no no no no no no no no no no; do
  wait_for '\(yes/no\)'
  tm send-keys "$answer" Enter
  n=$((n + 1))
  answered "$n"
done
for answer in y n n; do
  wait_for '\(y/N\)'
  tm send-keys "$answer" Enter
  n=$((n + 1))
  answered "$n"
done
wait_for 'space to tick'
tm send-keys Space
tm send-keys Down Down Space Enter
wait_for 'talk with your doctor about your pain'
shoot check 'backpain check'
