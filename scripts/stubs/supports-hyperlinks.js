// Stand-in for supports-hyperlinks: our link renderer prints the address in brackets and never
// asks it. The real one reads process.stdout and process.stderr when it loads, which makes Node
// create both streams (for a pipe, its whole net and stream stack) before anything is printed.
export function supportsHyperlink() {
  return false;
}
export default { supportsHyperlink, stdout: false, stderr: false };
