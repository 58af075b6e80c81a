// Stand-in for node-emoji: emoji shortcodes are turned off in our renderer, so no lookup happens.
export function get() {
  return undefined;
}
