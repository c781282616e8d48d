#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <chrono>

// One way for the sandbox to misbehave, for tests of what a client does when a server is
// slow, wrong or down. Off unless a test adds it, or token-admin-sandbox is started with
// --faults FILE; the sandbox inside token-admin never has any.
struct SandboxFault {
    enum class Kind {
        Delay,  // answer normally, `delay` late
        Status, // `status`, with the spec's error body or (withErrorBody false) none
        // 200 whose JSON body stops halfway (well-formed HTTP): `body`, or else the body the
        // request would really be answered with (the list, one token, the databases)
        TruncatedBody,
        NotJson,    // 200 with a plain-text body
        WrongShape, // `status` (default 200) with `body`: valid JSON of the wrong shape
        HtmlPage,   // 502 with an HTML error page, as a proxy sends
        HugeBody,   // 200 with `hugeBodyBytes`: not JSON, or `body` grown into valid JSON that long
        CloseMidBody,      // the connection closes halfway through that body
        NoAnswer,          // the request is read and never answered
        CloseBeforeAnswer, // the request is read, then the connection closes without a byte
        RedirectAway,      // 302 to the same path on another origin
        RetryAfter,        // `status` (429 or 503) with Retry-After: `retryAfterSeconds`
        // `status` (default 400) that repeats the request's Authorization header in its reason
        // phrase, its body's message and (3xx) a Location on another origin; or `body` with
        // $AUTHORIZATION and $TOKEN in it replaced. A hostile server trying to get the
        // management token shown or logged.
        EchoAuthorization,
    };

    Kind kind = Kind::Status;
    QByteArray method;       // empty: every method
    QRegularExpression path; // matched against the encoded path; empty: every path
    int count = -1;          // the next `count` matching requests; -1: all of them
    int status = 500;
    bool withErrorBody = true;
    std::chrono::milliseconds delay{0};
    QByteArray body;
    int retryAfterSeconds = 0;
    qint64 hugeBodyBytes = 200LL * 1000 * 1000;
    // HugeBody without Content-Length: the body ends when the connection closes, so a client
    // learns its size only by reading it.
    bool streamed = false;

    bool matches(const QByteArray &requestMethod, const QString &encodedPath) const;

    static QString kindName(Kind kind);
    // A fault plan file: {"faults": [{"kind": "status", "method": "DELETE", "path": "/tokens/",
    // "count": 1, "status": 503, ...}]}. Strict: an unknown key (or one the kind does not take),
    // a value of the wrong type or out of range, or anything but that object is refused with
    // the reason and where it is, so a mistyped plan never runs as "no faults".
    static bool listFromJson(const QByteArray &json, QList<SandboxFault> *faults, QString *error);
};
