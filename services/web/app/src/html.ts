// Preact with htm: components as tagged templates, no JSX build step.

import { h } from "preact";
import htm from "htm";

export const html = htm.bind(h);
