import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Renders the award confirmation e-mail body in the member's language. */
public final class ConfirmationLetter {
    private ConfirmationLetter() {
    }

    static String render(AwardBooking b, MemberAccount m, String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(b.currency));
        NumberFormat miles = NumberFormat.getIntegerInstance(locale);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);

        StringBuilder sb = new StringBuilder(512);
        sb.append(m.givenName).append(' ').append(m.surname).append(" (").append(m.memberNumber).append(")\n");
        sb.append("Booking reference ").append(b.pnr).append('\n');
        sb.append(b.flightNumber).append(' ').append(b.origin).append('-').append(b.destination).append(", ")
          .append(date.format(b.departure)).append(' ')
          .append(time.format(LocalTime.ofSecondOfDay(b.departureMinutes * 60L))).append('\n');
        sb.append(b.cabin.name().charAt(0)).append(b.cabin.name().substring(1).toLowerCase(Locale.ROOT))
          .append(" x").append(b.passengers).append('\n');
        sb.append("Miles redeemed: ").append(miles.format(b.miles)).append('\n');
        sb.append("Taxes and carrier charges: ").append(money.format(b.taxes)).append('\n');
        sb.append("Remaining balance: ").append(miles.format(b.balanceAfter)).append('\n');
        return sb.toString();
    }

    static BigDecimal scaleTaxes(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
