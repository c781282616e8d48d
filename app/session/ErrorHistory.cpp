#include "ErrorHistory.h"

#include "TokenSession.h"

#include <QRegularExpression>

ErrorHistory::ErrorHistory(QObject *parent)
    : QObject(parent) {}

void ErrorHistory::watch(TokenSession *session) {
    // The connections end with the session or with this history, whichever goes first. Token
    // IDs and the new token's secret that some of these signals carry are not read.
    auto recordAs = [this, session](const QString &call) {
        return [this, session, call](const ApiError &error) {
            record(call, error, session->endpoint().managementToken);
        };
    };
    connect(session, &TokenSession::refreshFailed, this, recordAs(QStringLiteral("list tokens")));
    const auto revoke = recordAs(QStringLiteral("revoke a token"));
    connect(session, &TokenSession::revokeFinished, this,
            [revoke](const QString &, const ApiError &error) { revoke(error); });
    const auto create = recordAs(QStringLiteral("create a token"));
    connect(session, &TokenSession::createFinished, this,
            [create](const Token &, const QString &, const ApiError &error) { create(error); });
    const auto update = recordAs(QStringLiteral("change a token"));
    connect(session, &TokenSession::updateFinished, this,
            [update](const QString &, const ApiError &error) { update(error); });
    const auto disable = recordAs(QStringLiteral("disable a token"));
    connect(session, &TokenSession::disableFinished, this,
            [disable](const QString &, const ApiError &error) { disable(error); });
    const auto reenable = recordAs(QStringLiteral("re-enable a token"));
    connect(session, &TokenSession::reenableFinished, this,
            [reenable](const QString &, const ApiError &error) { reenable(error); });
    const auto databases = recordAs(QStringLiteral("list databases"));
    connect(session, &TokenSession::databasesLoaded, this,
            [databases](const QStringList &, const ApiError &error) { databases(error); });
    const auto reread = recordAs(QStringLiteral("read a token"));
    connect(session, &TokenSession::tokenReloaded, this,
            [reread](const QString &, const ApiError &error) { reread(error); });
}

void ErrorHistory::record(const QString &call, const ApiError &error,
                          const QString &managementToken) {
    if (!error.isError())
        return;
    Entry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.call = call;
    entry.kind = error.kind;
    entry.httpStatus = error.httpStatus;
    entry.serverMessage = withoutSecrets(error.serverMessage, managementToken);
    entry.detail = withoutSecrets(error.detail, managementToken);
    m_entries.append(entry);
    if (m_entries.size() > MaxEntries)
        m_entries.removeFirst();
}

QString withoutSecrets(const QString &text, const QString &managementToken) {
    QString clean = quotedFromServer(text, managementToken);
    // Secrets and IDs are long runs of letters, digits and a few signs; words and host names
    // (whose dots split them) are shorter or hold no digit.
    static const QRegularExpression tokenLike(QStringLiteral("[A-Za-z0-9_+/=-]{16,}"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    QString result;
    qsizetype from = 0;
    for (auto it = tokenLike.globalMatch(clean); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!match.captured().contains(digit))
            continue;
        result += QStringView(clean).mid(from, match.capturedStart() - from);
        result += QStringLiteral("[redacted]");
        from = match.capturedEnd();
    }
    result += QStringView(clean).mid(from);
    return result;
}
