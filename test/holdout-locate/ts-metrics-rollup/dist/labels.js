"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.labelFor = void 0;
// Window labels are shown to the Paris operations team in their local time.
const labelFor = (epochMillis) => Promise.resolve(epochMillis).then((t) => {
    const clock = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', day: '2-digit', month: 'short' });
    return clock.format(t);
});
exports.labelFor = labelFor;
//# sourceMappingURL=labels.js.map