import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Writes the acknowledgement notice sent to the policy holder. */
final class NoticeWriter {
    private static final Map<String, String> TEMPLATES = Map.of(
        "de", "Ihre Schadenmeldung {id} vom {loss} über {amount} ist am {report} eingegangen. Bearbeitung: {queue}.",
        "fr", "Votre déclaration {id} du {loss} d'un montant de {amount} a été reçue le {report}. Traitement : {queue}.",
        "nl", "Uw schademelding {id} van {loss} voor {amount} is ontvangen op {report}. Afhandeling: {queue}.",
        "it", "La sua denuncia {id} del {loss} per {amount} è stata ricevuta il {report}. Gestione: {queue}.",
        "es", "Su parte {id} del {loss} por {amount} se recibió el {report}. Tramitación: {queue}.");

    String acknowledgement(Claim claim, String queue) {
        Locale locale = claim.getLocale();
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        String template = TEMPLATES.getOrDefault(locale.getLanguage(), TEMPLATES.get("de"));
        StringBuilder sb = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            sb.append(template, i, open);
            int close = template.indexOf('}', open);
            String key = template.substring(open + 1, close);
            switch (key) {
                case "id": sb.append(claim.getClaimId()); break;
                case "loss": sb.append(dates.format(claim.getLossDate())); break;
                case "report": sb.append(dates.format(claim.getReportDate())); break;
                case "amount": sb.append(money.format(claim.getClaimedAmount())); break;
                case "queue": sb.append(queue); break;
                default: sb.append('?');
            }
            i = close + 1;
        }
        return sb.toString();
    }
}
