import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

/** Keeps a restorable copy of an account while a redemption is in flight. */
public final class AccountSnapshots {
    private AccountSnapshots() {
    }

    static MemberAccount deepCopy(MemberAccount account) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(account);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (MemberAccount) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
