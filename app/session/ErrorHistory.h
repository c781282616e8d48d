#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class TokenSession;

// The latest failed Management API calls of the sessions it watches, for the diagnostic
// report: when, which call, and how it failed. What a server or the transport said is kept
// only with secrets taken out (withoutSecrets()); no token ID is kept.
class ErrorHistory : public QObject {
    Q_OBJECT

public:
    static constexpr qsizetype MaxEntries = 10;

    struct Entry {
        QDateTime at; // UTC
        QString call; // e.g. "list tokens"
        ApiError::Kind kind = ApiError::Kind::None;
        int httpStatus = 0;
        QString serverMessage; // without secrets
        QString detail;        // without secrets
    };

    explicit ErrorHistory(QObject *parent = nullptr);

    // Records this session's failures from now on, until it is destroyed.
    void watch(TokenSession *session);
    void record(const QString &call, const ApiError &error, const QString &managementToken);
    // Oldest first, at most MaxEntries.
    const QList<Entry> &entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

// `text` with the management token, every "Bearer <credential>", and every run of 16 or more
// token-like characters that holds a digit (token secrets, token, account and cluster IDs)
// replaced by [redacted].
QString withoutSecrets(const QString &text, const QString &managementToken);
