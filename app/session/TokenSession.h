#pragma once

#include "ApiError.h"
#include "ChangeHistory.h"
#include "Endpoint.h"
#include "ManagementApi.h"
#include "Token.h"
#include "TokenRequests.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <chrono>
#include <functional>

class ManagementApi;
class QNetworkAccessManager;
class TokenTableModel;

// One connection's API client and its token model, kept true to the server: a row changes
// only when the server said so. Widgets ask it for actions and listen to its signals.
class TokenSession : public QObject {
    Q_OBJECT

public:
    TokenSession(QNetworkAccessManager *network, const Endpoint &endpoint,
                 QObject *parent = nullptr);
    ~TokenSession() override;

    const Endpoint &endpoint() const;
    // The connection was renamed or marked (not) production while open.
    void setConnectionLabel(const QString &name, bool production);
    TokenTableModel *model() const { return m_model; }
    void setTimeout(std::chrono::milliseconds timeout);
    // The identity provider renewed the sign-in: later calls carry the new access token.
    void setManagementToken(const QString &token);
    // Where every change is recorded before it is sent. While it can be neither written nor
    // bypassed, changes are refused. Without one (tests of other things), nothing is recorded.
    void setHistory(ChangeHistory *history);
    ChangeHistory *history() const { return m_history; }

    bool isBusy() const { return m_inFlight > 0; }
    bool isRefreshing() const { return m_refreshing; }
    bool isRevoking(const QString &tokenId) const { return m_revoking.contains(tokenId); }
    bool isCreating() const { return m_creating; }
    bool isUpdating(const QString &tokenId) const { return m_updating.contains(tokenId); }
    // Asked to be disabled and not yet answered: on its way, or waiting for its turn.
    bool isDisabling(const QString &tokenId) const {
        return m_disableQueue.contains(tokenId) || m_disabling.contains(tokenId);
    }
    // At most this many Disable PATCHes are on their way at once.
    static constexpr int MaxDisablesInFlight = 4;
    QDateTime lastRefresh() const { return m_lastRefresh; }
    // Why the cluster's database list could not be loaded last time (then no token is flagged
    // for naming a database the cluster lacks); no error once it was.
    const ApiError &databasesError() const { return m_databasesError; }

public Q_SLOTS:
    // Reloads the whole list. A call while one runs is not lost: one more list follows it.
    void refresh();
    // Revokes one token by ID. A second call for the same token while one runs is ignored.
    // `batchId` groups the history rows of one bulk action; empty for a single revoke.
    void revoke(const QString &tokenId, const QString &batchId = QString());
    // Creates a token. One at a time: a second call while one runs is ignored.
    void create(const NewToken &request);
    // A rotation's first step: creates the token that replaces `oldTokenId`, recorded as such
    // in the history. Answered by replacementCreated (not createFinished: the rotation shows
    // the secret). Once confirmed, the rotation is pending until the old token is revoked:
    // any revoke of it, by any path, is recorded as the rotation's last step and finishes it.
    void createReplacement(const QString &oldTokenId, const NewToken &request);
    // Changes a token's description and/or permissions. One call per token at a time.
    void update(const QString &tokenId, const TokenChanges &changes);
    // Disables each token: its permissions are recorded in the history, then a PATCH sets
    // them to none. One PATCH per token, never repeated, at most MaxDisablesInFlight at once;
    // a token already being disabled or changed is skipped. disableFinished() for each.
    void disable(const QStringList &tokenIds);
    // Gives a disabled token `permissions` (what it had, as the re-enable review shows them),
    // recorded in the history as a Re-enable first. One call per token at a time.
    void reenable(const QString &tokenId, const QList<Permission> &permissions);
    // Fetches the cluster's database names: for the permission picker, and for the model to
    // flag permissions on databases the cluster lacks. Done after every refresh.
    void loadDatabases();
    // Re-reads one token and shows what the server says of it.
    void reloadToken(const QString &tokenId);

public:
    // Re-reads one token, as reloadToken does, and hands the server's copy (or why there is
    // none) to `done` while `context` lives: for a dialog that must compare with the server's
    // version, not with the list's.
    void readToken(const QString &tokenId, QObject *context,
                   std::function<void(const ApiResult<Token> &)> done);

Q_SIGNALS:
    void busyChanged(bool busy);
    void refreshed();
    void refreshFailed(const ApiError &error);
    void revokeFinished(const QString &tokenId, const ApiError &error);
    // On success `accessToken` holds the new token's secret: show it once, keep it nowhere.
    void createFinished(const Token &token, const QString &accessToken, const ApiError &error);
    // The same, for createReplacement.
    void replacementCreated(const QString &oldTokenId, const Token &token,
                            const QString &accessToken, const ApiError &error);
    void updateFinished(const QString &tokenId, const ApiError &error);
    void disableFinished(const QString &tokenId, const ApiError &error);
    void reenableFinished(const QString &tokenId, const ApiError &error);
    void databasesLoaded(const QStringList &databases, const ApiError &error);
    // The model learned the cluster's databases, or that they cannot be loaded now.
    void knownDatabasesChanged();
    void tokenReloaded(const QString &tokenId, const ApiError &error);
    // Any call was answered 401 (the management token is refused), besides its own signal.
    void unauthorized(const ApiError &error);

private:
    void beginCall();
    void loadKnownDatabases();
    void knowDatabases(const ApiResult<QStringList> &result);
    void endCall();
    void startRefresh();
    // Both kinds of create; `replaces` is empty for a plain one.
    void sendCreate(const NewToken &request, const QString &replaces);
    void emitCreated(const QString &replaces, const Token &token, const QString &accessToken,
                     const ApiError &error);
    // Rotations whose old token the list shows revoked (elsewhere, or by a bulk action) are
    // no longer pending.
    void finishRotationsOfRevokedTokens();
    // What a re-read does when the server answers 404: refresh the list to learn the truth,
    // or, right after a confirmed revoke, take it that the server hides revoked tokens.
    enum class IfGone { Refresh, RemoveRow };
    void reread(const QString &tokenId, IfGone ifGone,
                std::function<void(const ApiResult<Token> &)> done = {});
    // A PATCH of one token, recorded as `operation`: the model changes only on the server's
    // answer, and an unanswered one is re-read. `finished` is called with the outcome, or at
    // once (queued) with the refusal when the history could not record it first.
    using PatchFinished = std::function<void(const QString &tokenId, const ApiError &error)>;
    void patch(const QString &tokenId, const TokenChanges &changes,
               HistoryEntry::Operation operation, const PatchFinished &finished);
    void startQueuedDisables();
    // Answers a disable or re-enable at once (queued) with a refusal: the token has another
    // change on its way, and one change per token at a time is the rule.
    using FinishedSignal = void (TokenSession::*)(const QString &, const ApiError &);
    void refuseWhileChanging(const QString &tokenId, FinishedSignal finished);
    // The tokens this program disabled, from the history, into the model: after each list
    // and each recorded outcome, never on a paint.
    void loadDisabledTokens();
    // A change the server confirmed has reached the model.
    void changeConfirmed() { ++m_confirmedChanges; }
    // After a change whose outcome is in doubt, or whose token vanished: read the truth.
    void rereadAfter(const ApiError &error);
    // Every change goes through these two, one row per request: the row is written and
    // committed before the request is sent; its outcome when the answer (or none) came.
    // `token` is the token as the user saw it (the model's copy), before the change.
    HistoryEntry historyEntry(HistoryEntry::Operation operation, const Token &token) const;
    // False when the row could not be written: the change must not be sent, and
    // `refusal` says why.
    bool recordRequest(HistoryEntry *entry, ApiError *refusal);
    // `after`: the token as the server answered, when it did.
    void recordOutcome(HistoryEntry entry, const ApiError &error, const Token *after = nullptr);

    ManagementApi *m_api;
    QPointer<ChangeHistory> m_history;
    TokenTableModel *m_model;
    int m_inFlight = 0;
    bool m_refreshing = false;
    bool m_refreshQueued = false;
    // Counts confirmed changes. A list asked for before the latest one may predate it, and
    // would put a row back as it was: such a list is not shown, a new one is asked for.
    quint64 m_confirmedChanges = 0;
    QSet<QString> m_revoking;
    QSet<QString> m_updating;
    QStringList m_disableQueue; // asked for, not yet sent: each in turn
    QSet<QString> m_disabling;  // sent, not yet answered
    bool m_creating = false;
    QDateTime m_lastRefresh;
    ApiError m_databasesError;
};
