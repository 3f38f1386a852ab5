import type { Command } from '../command.js';
import { analyze } from './analyze.js';
import { exportCommand } from './export.js';
import { control } from './control.js';

// Each subcommand lives in its own file; list it here to make it reachable.
export const commands: Command[] = [analyze, exportCommand, control];
