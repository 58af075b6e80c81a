// Stand-in for the colour detection in chalk (its #supports-color) and in @colors/colors (used by
// cli-table3). backpain decides colour itself (--color, NO_COLOR, FORCE_COLOR, a terminal or not)
// and gives chalk an explicit level, so their own guesses are never wanted: cli-table3's borders
// would otherwise take colour where --no-color was asked. The real ones load node:tty and read
// process.stdout and process.stderr when they load.
export function supportsColor() {
  return false;
}
export default { supportsColor, stdout: false, stderr: false };
