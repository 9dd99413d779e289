package ontsync;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Pages through the element manager and reconciles each ONT into the store. */
final class SyncWorker {

    record Result(int pages, int records, int changed, int rejected) {}

    private final InventoryClient client;
    private final InventoryStore store;
    private final int pageSize;
    private final RecordMapper<OntRow> mapper = new RecordMapper<>(OntRow.class);

    SyncWorker(InventoryClient client, InventoryStore store, int pageSize) {
        this.client = client;
        this.store = store;
        this.pageSize = pageSize;
    }

    Result syncAll() throws Exception {
        ExecutorService prefetch = Executors.newSingleThreadExecutor();
        int pages = 0, records = 0, changed = 0, rejected = 0;
        try {
            CompletableFuture<String> next = fetch(prefetch, 0);
            for (int page = 0; ; page++) {
                String body = next.get();
                next = fetch(prefetch, page + 1);
                int[] counts = reconcilePage(body);
                if (counts[0] == 0) {
                    break;
                }
                pages++;
                records += counts[0];
                changed += counts[1];
                rejected += counts[2];
            }
            next.cancel(true);
        } finally {
            prefetch.shutdownNow();
        }
        return new Result(pages, records, changed, rejected);
    }

    private CompletableFuture<String> fetch(ExecutorService ex, int page) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return client.fetchOntPage(page, pageSize);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, ex);
    }

    /** Returns {records, changed, rejected}. */
    int[] reconcilePage(String body) {
        int nl = body.indexOf('\n');
        String[] columns = CsvLine.split(body.substring(0, nl), ElementManagerStub.COLUMNS.length);
        int records = 0, changed = 0, rejected = 0;
        int pos = nl + 1;
        while (pos < body.length()) {
            int end = body.indexOf('\n', pos);
            if (end < 0) {
                end = body.length();
            }
            String[] values = CsvLine.split(body.substring(pos, end), columns.length);
            pos = end + 1;
            records++;
            OntRow row = mapper.populate(columns, values);
            OntRecord rec = OntRecord.from(row);
            if (rec == null) {
                rejected++;
                continue;
            }
            if (store.upsert(rec)) {
                changed++;
            }
        }
        return new int[] {records, changed, rejected};
    }
}
