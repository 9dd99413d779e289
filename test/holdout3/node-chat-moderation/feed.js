'use strict';

function xorshift(seed) {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const WORDS = ('hello there anyone up for a raid tonight the patch notes look good lol ' +
  'gg wp that was close spam link free coins click here buy cheap idiot loser noob ' +
  'please check the pinned message moderator ban kick mute appeal server rules ' +
  'weekend tournament bracket signup deadline friday stream starts soon').split(' ');
const CHANNELS = ['general', 'lfg', 'trading', 'off-topic', 'support', 'announcements', 'memes', 'esports'];

function* messageFeed(count, seed) {
  const rand = xorshift(seed);
  for (let i = 0; i < count; i++) {
    const len = 4 + Math.floor(rand() * 28);
    const words = [];
    for (let k = 0; k < len; k++) words.push(WORDS[Math.floor(rand() * WORDS.length)]);
    if (rand() < 0.05) words.push('http://promo' + Math.floor(rand() * 50) + '.example/offer');
    yield {
      id: 'm' + i,
      channel: CHANNELS[Math.floor(rand() * CHANNELS.length)],
      author: { id: 'u' + Math.floor(rand() * 2500), karma: Math.floor(rand() * 500) - 50, ageDays: Math.floor(rand() * 900) },
      text: words.join(' '),
      attachments: rand() < 0.2 ? [{ kind: rand() < 0.5 ? 'image' : 'file', sizeKb: Math.floor(rand() * 12000) }] : [],
      sentAt: 1700000000000 + i * 37,
    };
  }
}

module.exports = { messageFeed };
