import type { Command } from '../command.js';
import { exportCommand } from './export.js';

// Each subcommand lives in its own file; list it here to make it reachable.
export const commands: Command[] = [exportCommand];
