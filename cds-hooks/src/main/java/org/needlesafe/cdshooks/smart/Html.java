package org.needlesafe.cdshooks.smart;

/** HTML text escaping for the app's server-side pages: every value from the EHR or the user goes through it. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A whole page: one stylesheet from this service, no scripts (the Content-Security-Policy allows none). */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " · needlesafe</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + ChecklistApp.PATH + "/app.css\">\n</head>\n<body>\n<main>\n"
                + body + "\n</main>\n</body>\n</html>\n";
    }
}
