'use strict';

const SHOT_LINE = /^([\w.-]+)\t([\w.-]+)\t(\d+(?:\.\d+)?)\t(\d+(?:\.\d+)?)\t(-?\d+(?:\.\d+)?)\t([\d.]+)\t([\d.]+)\t([\d.]+)\t([\d.]+)$/;
const COMMAND_LINE = /^\*(\w+)\s*(.*)$/;

function parseFieldBook(text) {
  const shots = [];
  const commands = [];
  const problems = [];
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (line.length === 0) continue;
    if (line.charCodeAt(0) === 42) {
      const c = COMMAND_LINE.exec(line);
      if (c) commands.push({ command: c[1], args: c[2] });
      continue;
    }
    const m = SHOT_LINE.exec(line);
    if (!m) {
      problems.push(lineNo);
      continue;
    }
    shots.push({
      from: m[1], to: m[2],
      tape: +m[3], compass: +m[4], clino: +m[5],
      left: +m[6], right: +m[7], up: +m[8], down: +m[9],
    });
  }
  return { shots, commands, problems };
}

module.exports = { parseFieldBook };
