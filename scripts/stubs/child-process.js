// Stand-in for node:child_process inside commander: it is needed only for executable
// subcommands (`program.command('x', 'desc')` running `backpain-x`), which backpain never uses,
// and loading it costs several milliseconds at every start.
function unused() {
  throw new Error('backpain: executable subcommands are not supported');
}
export const spawn = unused;
export default { spawn: unused };
