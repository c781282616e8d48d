#include "TokenSession.h"

#include "ChangeHistory.h"
#include "ManagementApi.h"
#include "TokenTableModel.h"

#include <QUuid>
#include <functional>

TokenSession::TokenSession(QNetworkAccessManager *network, const Endpoint &endpoint,
                           QObject *parent)
    : QObject(parent)
    , m_api(new ManagementApi(network, endpoint, this))
    , m_model(new TokenTableModel(this)) {
    connect(m_api, &ManagementApi::unauthorized, this, &TokenSession::unauthorized);
}

TokenSession::~TokenSession() = default;

const Endpoint &TokenSession::endpoint() const {
    return m_api->endpoint();
}

void TokenSession::setConnectionLabel(const QString &name, bool production) {
    m_api->setConnectionLabel(name, production);
}

void TokenSession::setManagementToken(const QString &token) {
    m_api->setManagementToken(token);
}

void TokenSession::setTimeout(std::chrono::milliseconds timeout) {
    m_api->setTimeout(timeout);
}

void TokenSession::setHistory(ChangeHistory *history) {
    if (m_history)
        m_history->disconnect(this);
    m_history = history;
    // Any change of the rows (an outcome, another connection's, a clearing) may change which
    // tokens are disabled; an outcome's reaches the model before the token it changed.
    if (history)
        connect(history, &ChangeHistory::changed, this, &TokenSession::loadDisabledTokens);
    loadDisabledTokens();
}

void TokenSession::beginCall() {
    if (m_inFlight++ == 0)
        Q_EMIT busyChanged(true);
}

void TokenSession::endCall() {
    if (--m_inFlight == 0)
        Q_EMIT busyChanged(false);
}

void TokenSession::refresh() {
    if (m_refreshing) {
        m_refreshQueued = true;
        return;
    }
    startRefresh();
}

void TokenSession::startRefresh() {
    m_refreshing = true;
    m_refreshQueued = false;
    const quint64 askedAfter = m_confirmedChanges;
    beginCall();
    m_api->listTokens(this, [this, askedAfter](const ApiResult<TokenList> &result) {
        const bool current = result.ok() && askedAfter == m_confirmedChanges;
        if (current) {
            m_lastRefresh = QDateTime::currentDateTime();
            loadDisabledTokens(); // before the rows, so that none shows a status only briefly
            m_model->setTokens(result.value.tokens);
            finishRotationsOfRevokedTokens();
        }
        // A stale list, or a refresh asked for meanwhile: one more list, asked for now. After
        // a failure the list stays as it was and the failure is shown, with Retry.
        if (result.ok() && (!current || m_refreshQueued))
            startRefresh();
        else
            m_refreshing = m_refreshQueued = false;
        endCall();
        if (current) {
            Q_EMIT refreshed();
            // Databases come and go: flagging permissions on missing ones needs today's list.
            if (!m_refreshing)
                loadKnownDatabases();
        } else if (!result.ok())
            Q_EMIT refreshFailed(result.error);
    });
}

void TokenSession::revoke(const QString &tokenId, const QString &batchId) {
    if (m_revoking.contains(tokenId))
        return;
    const std::optional<Token> known = m_model->tokenById(tokenId);
    // The old token of a pending rotation: this revoke is the rotation's last step.
    const std::optional<PendingRotation> rotation =
        m_history ? m_history->pendingRotationOf(tokenId) : std::nullopt;
    HistoryEntry entry = historyEntry(rotation ? HistoryEntry::Operation::RotateRevoke
                                               : HistoryEntry::Operation::Revoke,
                                      known.value_or(Token()));
    entry.tokenId = tokenId;
    // A bulk action keeps its own batch; alone, the revoke joins its rotation's.
    entry.batchId = batchId.isEmpty() && rotation ? rotation->batchId : batchId;
    if (rotation)
        entry.relatedTokenId = rotation->newTokenId;
    if (!known) // not in the list: what it had is not known here
        entry.permissionsBefore.reset();
    ApiError refusal;
    if (!recordRequest(&entry, &refusal)) {
        QMetaObject::invokeMethod(
            this, [this, tokenId, refusal] { Q_EMIT revokeFinished(tokenId, refusal); },
            Qt::QueuedConnection);
        return;
    }
    m_revoking.insert(tokenId);
    beginCall();
    m_api->revokeToken(tokenId, this, [this, tokenId, entry, rotation](const ApiError &error) {
        m_revoking.remove(tokenId);
        recordOutcome(entry, error);
        // Revoked, or gone from the server: either way nothing is left to finish.
        if (rotation && m_history && (!error.isError() || error.isHttp(404)))
            m_history->finishPendingRotation(tokenId);
        if (!error.isError()) {
            // The server confirmed the revocation (204); the row shows it from now on.
            if (const std::optional<Token> known = m_model->tokenById(tokenId)) {
                Token revoked = *known;
                if (!revoked.isRevoked())
                    revoked.revokedAt = QDateTime::currentDateTimeUtc();
                m_model->updateToken(revoked);
            }
            changeConfirmed();
        }
        endCall();
        Q_EMIT revokeFinished(tokenId, error);
        if (!error.isError())
            // The server's own revokedAt; or a 404, from a server that hides revoked tokens:
            // then the row leaves the list whatever the "Show inactive tokens" toggle says.
            reread(tokenId, IfGone::RemoveRow);
        rereadAfter(error);
    });
}

void TokenSession::create(const NewToken &request) {
    sendCreate(request, QString());
}

void TokenSession::createReplacement(const QString &oldTokenId, const NewToken &request) {
    if (!oldTokenId.isEmpty())
        sendCreate(request, oldTokenId);
}

void TokenSession::sendCreate(const NewToken &request, const QString &replaces) {
    if (m_creating)
        return;
    Token asked;
    asked.description = request.description;
    HistoryEntry entry = historyEntry(replaces.isEmpty() ? HistoryEntry::Operation::Create
                                                         : HistoryEntry::Operation::RotateCreate,
                                      asked);
    entry.permissionsBefore.reset();
    entry.permissionsAfter = request.permissions;
    if (!replaces.isEmpty()) {
        entry.relatedTokenId = replaces;
        entry.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    ApiError refusal;
    if (!recordRequest(&entry, &refusal)) {
        QMetaObject::invokeMethod(
            this, [this, replaces, refusal] { emitCreated(replaces, Token(), QString(), refusal); },
            Qt::QueuedConnection);
        return;
    }
    m_creating = true;
    beginCall();
    m_api->createToken(
        request, this, [this, entry, replaces](const ApiResult<CreatedToken> &result) {
            m_creating = false;
            // The new token's ID and what the server granted; its secret never goes there.
            recordOutcome(entry, result.error, result.ok() ? &result.value.token : nullptr);
            if (result.ok()) {
                if (!replaces.isEmpty() && m_history)
                    m_history->recordPendingRotation({entry.batchId, replaces,
                                                      result.value.token.id,
                                                      QDateTime::currentDateTimeUtc()});
                m_model->updateToken(result.value.token);
                changeConfirmed();
            }
            endCall();
            emitCreated(replaces, result.value.token, result.value.accessToken, result.error);
            rereadAfter(result.error);
        });
}

void TokenSession::emitCreated(const QString &replaces, const Token &token,
                               const QString &accessToken, const ApiError &error) {
    if (replaces.isEmpty())
        Q_EMIT createFinished(token, accessToken, error);
    else
        Q_EMIT replacementCreated(replaces, token, accessToken, error);
}

void TokenSession::finishRotationsOfRevokedTokens() {
    if (!m_history)
        return;
    for (const PendingRotation &rotation : m_history->pendingRotations()) {
        const std::optional<Token> old = m_model->tokenById(rotation.oldTokenId);
        if (old && old->isRevoked())
            m_history->finishPendingRotation(rotation.oldTokenId);
    }
}

void TokenSession::update(const QString &tokenId, const TokenChanges &changes) {
    patch(tokenId, changes, HistoryEntry::Operation::Edit,
          [this](const QString &id, const ApiError &error) { Q_EMIT updateFinished(id, error); });
}

void TokenSession::disable(const QStringList &tokenIds) {
    for (const QString &tokenId : tokenIds) {
        // One being disabled already is not sent again: its own answer is on its way.
        if (tokenId.isEmpty() || isDisabling(tokenId))
            continue;
        if (m_updating.contains(tokenId))
            refuseWhileChanging(tokenId, &TokenSession::disableFinished);
        else
            m_disableQueue.append(tokenId);
    }
    startQueuedDisables();
}

void TokenSession::startQueuedDisables() {
    while (m_disabling.size() < MaxDisablesInFlight && !m_disableQueue.isEmpty()) {
        const QString tokenId = m_disableQueue.takeFirst();
        if (m_updating.contains(tokenId)) { // an edit of it went out meanwhile
            refuseWhileChanging(tokenId, &TokenSession::disableFinished);
            continue;
        }
        m_disabling.insert(tokenId);
        TokenChanges changes;
        changes.permissions = QList<Permission>(); // sent as "permissions": []
        patch(tokenId, changes, HistoryEntry::Operation::Disable,
              [this](const QString &id, const ApiError &error) {
                  m_disabling.remove(id);
                  Q_EMIT disableFinished(id, error);
                  startQueuedDisables();
              });
    }
}

void TokenSession::reenable(const QString &tokenId, const QList<Permission> &permissions) {
    if (m_updating.contains(tokenId)) {
        refuseWhileChanging(tokenId, &TokenSession::reenableFinished);
        return;
    }
    TokenChanges changes;
    changes.permissions = permissions;
    patch(tokenId, changes, HistoryEntry::Operation::Reenable,
          [this](const QString &id, const ApiError &error) { Q_EMIT reenableFinished(id, error); });
}

void TokenSession::refuseWhileChanging(const QString &tokenId, FinishedSignal finished) {
    ApiError busy;
    busy.kind = ApiError::Kind::InvalidRequest;
    busy.detail = tr("another change of this token is on its way");
    QMetaObject::invokeMethod(
        this,
        [this, tokenId, busy, finished] { Q_EMIT std::invoke(finished, this, tokenId, busy); },
        Qt::QueuedConnection);
}

void TokenSession::patch(const QString &tokenId, const TokenChanges &changes,
                         HistoryEntry::Operation operation, const PatchFinished &finished) {
    if (m_updating.contains(tokenId))
        return;
    const std::optional<Token> known = m_model->tokenById(tokenId);
    HistoryEntry entry = historyEntry(operation, known.value_or(Token()));
    entry.tokenId = tokenId;
    if (!known)
        entry.permissionsBefore.reset();
    if (changes.description)
        entry.description = *changes.description;
    if (changes.permissions)
        entry.permissionsAfter = *changes.permissions;
    else
        entry.permissionsAfter = entry.permissionsBefore;
    ApiError refusal;
    if (!recordRequest(&entry, &refusal)) {
        QMetaObject::invokeMethod(
            this, [tokenId, refusal, finished] { finished(tokenId, refusal); },
            Qt::QueuedConnection);
        return;
    }
    m_updating.insert(tokenId);
    beginCall();
    m_api->updateToken(
        tokenId, changes, this, [this, tokenId, entry, finished](const ApiResult<Token> &result) {
            m_updating.remove(tokenId);
            recordOutcome(entry, result.error, result.ok() ? &result.value : nullptr);
            if (result.ok()) {
                m_model->updateToken(result.value);
                changeConfirmed();
            }
            endCall();
            finished(tokenId, result.error);
            rereadAfter(result.error);
        });
}

void TokenSession::loadDatabases() {
    beginCall();
    m_api->listDatabases(this, [this](const ApiResult<QStringList> &result) {
        endCall();
        knowDatabases(result);
        Q_EMIT databasesLoaded(result.value, result.error);
    });
}

void TokenSession::loadKnownDatabases() {
    // Behind the list, not a call the user waits for: the window does not show it as busy.
    m_api->listDatabases(this,
                         [this](const ApiResult<QStringList> &result) { knowDatabases(result); });
}

void TokenSession::knowDatabases(const ApiResult<QStringList> &result) {
    m_model->setKnownDatabases(result.ok() ? std::optional(result.value) : std::nullopt);
    m_databasesError = result.error;
    Q_EMIT knownDatabasesChanged();
}

void TokenSession::reloadToken(const QString &tokenId) {
    reread(tokenId, IfGone::Refresh);
}

void TokenSession::readToken(const QString &tokenId, QObject *context,
                             std::function<void(const ApiResult<Token> &)> done) {
    QPointer<QObject> guard(context);
    reread(tokenId, IfGone::Refresh,
           [guard, done = std::move(done)](const ApiResult<Token> &result) {
               if (guard)
                   done(result);
           });
}

void TokenSession::reread(const QString &tokenId, IfGone ifGone,
                          std::function<void(const ApiResult<Token> &)> done) {
    beginCall();
    m_api->getToken(
        tokenId, this,
        [this, tokenId, ifGone, done = std::move(done)](const ApiResult<Token> &result) {
            const bool gone = result.error.isHttp(404);
            if (result.ok()) {
                m_model->updateToken(result.value);
                changeConfirmed();
            } else if (gone && ifGone == IfGone::RemoveRow) {
                m_model->removeToken(tokenId);
                changeConfirmed();
            }
            endCall();
            Q_EMIT tokenReloaded(tokenId, result.error);
            if (done)
                done(result);
            if (gone && ifGone == IfGone::Refresh)
                refresh();
        });
}

void TokenSession::rereadAfter(const ApiError &error) {
    if (error.outcomeUnknown() || error.isHttp(404))
        refresh();
}

HistoryEntry TokenSession::historyEntry(HistoryEntry::Operation operation,
                                        const Token &token) const {
    const Endpoint &endpoint = m_api->endpoint();
    HistoryEntry entry;
    entry.connectionName = endpoint.displayName(); // its name, else where it leads
    if (endpoint.product == Product::Clustered) {
        entry.product = QStringLiteral("Clustered");
        entry.host = endpoint.apiUrl.host();
    } else {
        entry.product = QStringLiteral("Dedicated");
        entry.accountId = endpoint.accountId;
        entry.clusterId = endpoint.clusterId;
    }
    entry.operation = operation;
    entry.tokenId = token.id;
    entry.description = token.description;
    entry.permissionsBefore = token.permissions;
    return entry;
}

bool TokenSession::recordRequest(HistoryEntry *entry, ApiError *refusal) {
    if (!m_history || m_history->recordRequest(entry))
        return true;
    refusal->kind = ApiError::Kind::InvalidRequest;
    refusal->detail = tr("it could not be recorded in the change history first (%1) — choose "
                         "Continue without history for this run to make changes anyway")
                          .arg(m_history->problem());
    return false;
}

void TokenSession::recordOutcome(HistoryEntry entry, const ApiError &error, const Token *after) {
    if (!m_history)
        return;
    if (after) {
        entry.tokenId = after->id;
        entry.description = after->description;
        entry.permissionsAfter = after->permissions;
    }
    entry.httpStatus = error.httpStatus;
    if (!error.isError()) {
        entry.outcome = HistoryEntry::Outcome::Confirmed;
    } else {
        entry.outcome =
            error.outcomeUnknown() ? HistoryEntry::Outcome::Unknown : HistoryEntry::Outcome::Failed;
        entry.message = error.serverMessage.isEmpty() ? errorText(error) : error.serverMessage;
    }
    m_history->recordOutcome(entry);
}

void TokenSession::loadDisabledTokens() {
    m_model->setDisabledTokens(m_history ? m_history->disabledTokens(historyEntry(
                                               HistoryEntry::Operation::Disable, Token()))
                                         : QHash<QString, QList<Permission>>());
}
