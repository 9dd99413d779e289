package ontsync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Client for the element manager northbound API, one per sync run. */
final class InventoryClient {
    private final HttpClient http;
    private final URI base;

    InventoryClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Returns the CSV body of one page. */
    String fetchOntPage(int page, int size) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(base.resolve("/nbi/v2/onts?page=" + page + "&size=" + size))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/csv")
                .GET()
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("element manager returned " + resp.statusCode() + " for page " + page);
        }
        return resp.body();
    }
}
