'use strict';

class Leaderboard {
  constructor(limit = 50) {
    this.limit = limit;
    this.byPuzzle = new Map();
  }

  record(puzzleId, username, score, elapsedMs) {
    let board = this.byPuzzle.get(puzzleId);
    if (!board) {
      board = [];
      this.byPuzzle.set(puzzleId, board);
    }
    const row = { username, score, elapsedMs };
    // binary insertion keeps the board sorted by score desc, then time asc
    let lo = 0;
    let hi = board.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = board[mid];
      if (other.score > score || (other.score === score && other.elapsedMs <= elapsedMs)) lo = mid + 1;
      else hi = mid;
    }
    board.splice(lo, 0, row);
    if (board.length > this.limit) board.length = this.limit;
    return lo + 1;
  }

  top(puzzleId, n = 10) {
    return (this.byPuzzle.get(puzzleId) || []).slice(0, n);
  }
}

module.exports = { Leaderboard };
