'use strict';

// Community rule set as exported from the admin dashboard.
module.exports = [
  { id: 'spam-links', action: 'hold', weight: 3, terms: ['free coins', 'click here', 'buy cheap', 'promo\\d+\\.example'] },
  { id: 'insults', action: 'warn', weight: 2, terms: ['idiot', 'loser', 'noob'] },
  { id: 'raid-call', action: 'flag', weight: 1, terms: ['raid tonight', 'raid now'] },
  { id: 'ban-evasion', action: 'hold', weight: 4, terms: ['appeal server', 'alt account'] },
  { id: 'trading-scam', action: 'hold', weight: 3, terms: ['cheap idiot', 'send first', 'middleman'] },
  { id: 'mod-impersonation', action: 'flag', weight: 2, terms: ['moderator ban', 'official staff'] },
  { id: 'doxxing', action: 'hold', weight: 5, terms: ['home address', 'phone number is', 'lives at'] },
  { id: 'self-promo', action: 'flag', weight: 1, terms: ['stream starts soon', 'follow my channel', 'sub4sub'] },
  { id: 'gambling', action: 'warn', weight: 2, terms: ['bet \\d+', 'casino', 'odds boost'] },
  { id: 'account-trading', action: 'hold', weight: 3, terms: ['selling account', 'buy account', 'rare skin'] },
  { id: 'signup-spam', action: 'flag', weight: 1, terms: ['signup deadline friday', 'signup link'] },
  { id: 'threats', action: 'hold', weight: 5, terms: ['find you', 'watch your back'] },
];
