import type { Command } from '../command.js';
import { geoparseCommand } from './geoparse.js';
import { gazetteerCommand } from './gazetteer.js';
import { analyze } from './analyze.js';
import { exportCommand } from './export.js';
import { control } from './control.js';
import { serve } from './serve.js';
import { attributions } from './attributions.js';

// Each subcommand lives in its own file; list it here to make it reachable.
export const commands: Command[] = [analyze, exportCommand, control, serve, geoparseCommand, gazetteerCommand, attributions];
