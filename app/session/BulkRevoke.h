#pragma once

#include "ApiError.h"
#include "Token.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class TokenSession;

// Revokes many tokens through one session: at most MaxInFlight DELETEs at a time, each token
// sent once per round, a round going on past failures. Every request goes through
// TokenSession::revoke, so each is recorded in the history before it leaves (all under one
// batch ID) and the list changes only as the server confirms. An answer that never came is
// followed by a read of that token, so its row can say what the server now shows.
class BulkRevoke : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;

    enum class State {
        Waiting,     // not sent yet
        Sending,     // on its way
        Revoked,     // 204
        AlreadyGone, // 404: nothing was revoked, the token is not there
        Failed,      // a definite refusal (status and message), or never sent (history)
        Unknown,     // no answer, or a gateway's 502/504: it may have happened
        NotSent,     // stopped before its turn
    };
    // After an unknown outcome: what the server shows when the token is read again.
    enum class Check { None, Checking, ShowsRevoked, ShowsActive, ShowsGone, CheckFailed };

    struct Item {
        Token token; // the token as the user confirmed it
        State state = State::Waiting;
        Check check = Check::None;
        int httpStatus = 0;
        QString message; // why it failed, or why the check failed
    };

    BulkRevoke(TokenSession *session, const QList<Token> &tokens, QObject *parent = nullptr);

    const QList<Item> &items() const { return m_items; }
    // Shared by every history row of this action, its retries included.
    QString batchId() const { return m_batchId; }
    // This round's tokens, and how many of their requests have been answered.
    int roundSize() const { return m_roundSize; }
    int answered() const { return m_answered; }
    bool isRunning() const { return m_running; }
    int count(State state) const;

public Q_SLOTS:
    // Sends every token once. Only once: later rounds are retryFailed().
    void start();
    // Sends no more; the requests on their way finish and are reported.
    void stop();
    // A new round with only the tokens whose revoke definitely failed.
    void retryFailed();

Q_SIGNALS:
    void itemChanged(int index);
    void progressChanged(int answered, int roundSize);
    // The round is over: every request answered (or stopped) and every check done.
    void finished();

private:
    void startRound(const QList<int> &indexes);
    void sendMore();
    void onRevokeFinished(const QString &tokenId, const ApiError &error);
    void onTokenReloaded(const QString &tokenId, const ApiError &error);
    void finishIfDone();

    QPointer<TokenSession> m_session;
    QList<Item> m_items;
    QString m_batchId;
    QList<int> m_queue;             // indexes still to send this round
    QHash<QString, int> m_sending;  // token ID → index, for DELETEs on their way
    QHash<QString, int> m_checking; // token ID → index, for reads after an unknown outcome
    int m_roundSize = 0;
    int m_answered = 0;
    bool m_started = false;
    bool m_running = false;
    bool m_stopped = false;
};
