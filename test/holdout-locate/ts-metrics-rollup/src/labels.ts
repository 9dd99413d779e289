// Window labels are shown to the Paris operations team in their local time.
export const labelFor = (epochMillis: number): Promise<string> =>
  Promise.resolve(epochMillis).then((t) => {
    const clock = new Intl.DateTimeFormat(
      'fr-FR',
      { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', day: '2-digit', month: 'short' },
    );
    return clock.format(t);
  });
