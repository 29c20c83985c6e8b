package org.citizenhub.casework.notify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.citizenhub.privacy.PersonalDataSeal;

/** Not encryption, but bound and not plain text: enough to see that the library seals and opens. */
final class TestSeal implements PersonalDataSeal {

    @Override
    public String seal(String plaintext, String boundTo) {
        return "t1:" + Base64.getEncoder().encodeToString((boundTo + "|" + plaintext).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String open(String sealed, String boundTo) {
        String opened = new String(Base64.getDecoder().decode(sealed.substring(3)), StandardCharsets.UTF_8);
        if (!opened.startsWith(boundTo + "|")) {
            throw new IllegalStateException("sealed for another notification");
        }
        return opened.substring(boundTo.length() + 1);
    }
}
