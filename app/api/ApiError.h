#pragma once

#include <QString>
#include <QStringList>

// Why a Management API call failed, as data. errorText() turns it into a sentence.
struct ApiError {
    enum class Kind {
        None,
        ConnectionRefused,
        HostNotFound,
        Tls,
        Timeout,
        Network,        // any other transport failure
        Http,           // the server answered with an error status
        BadResponse,    // a success status whose body is not what the spec says
        InvalidRequest, // refused before sending, e.g. a token ID that cannot name one token
    };

    Kind kind = Kind::None;
    int httpStatus = 0;    // Http and BadResponse
    QString serverMessage; // the spec's Error.message, sanitized and bounded
    QString detail;        // transport error text, TLS errors, or what was wrong with the body
    QString host;

    bool isError() const { return kind != Kind::None; }
    bool isHttp(int status) const { return kind == Kind::Http && httpStatus == status; }
    // After a DELETE, POST or PATCH: the request may have reached the server and taken
    // effect, and only a fresh read tells. So after a timeout or a lost connection, after a
    // success whose body cannot be read, and after 502 or 504, which a gateway sends when it
    // passed the request on and lost (or stopped waiting for) the server's answer.
    bool outcomeUnknown() const {
        return kind == Kind::Timeout || kind == Kind::Network ||
               (kind == Kind::BadResponse && httpStatus >= 200 && httpStatus < 300) ||
               ((kind == Kind::Http || kind == Kind::BadResponse) &&
                (httpStatus == 502 || httpStatus == 504));
    }
};

// One sentence (or two) a person understands, naming the HTTP status or network failure.
QString errorText(const ApiError &error);

// Makes text from a server safe and short enough to quote: control characters dropped,
// at most `maxLength` characters.
QString sanitizedExcerpt(const QString &text, qsizetype maxLength = 300);

// Text a server sent (or echoed), made fit to show or log: sanitized as above, with every
// "Bearer <credential>" and every stretch of 12 or more characters of any of `secrets` (the
// management token, a sign-in's tokens) replaced by [redacted] before it is cut short, so no
// part of a secret survives the cut either. A secret shorter than 12 goes only whole.
QString quotedFromServer(const QString &text, const QStringList &secrets,
                         qsizetype maxLength = 300);
inline QString quotedFromServer(const QString &text, const QString &secret,
                                qsizetype maxLength = 300) {
    return quotedFromServer(text, QStringList{secret}, maxLength);
}
