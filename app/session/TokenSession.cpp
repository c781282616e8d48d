#include "TokenSession.h"

#include "ManagementApi.h"
#include "TokenTableModel.h"

TokenSession::TokenSession(QNetworkAccessManager *network, const Endpoint &endpoint,
                           QObject *parent)
    : QObject(parent)
    , m_api(new ManagementApi(network, endpoint, this))
    , m_model(new TokenTableModel(this)) {}

TokenSession::~TokenSession() = default;

const Endpoint &TokenSession::endpoint() const {
    return m_api->endpoint();
}

void TokenSession::setTimeout(std::chrono::milliseconds timeout) {
    m_api->setTimeout(timeout);
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
    if (m_refreshing)
        return;
    m_refreshing = true;
    beginCall();
    m_api->listTokens(this, [this](const ApiResult<TokenList> &result) {
        m_refreshing = false;
        if (result.ok()) {
            m_lastRefresh = QDateTime::currentDateTime();
            m_model->setTokens(result.value.tokens);
        }
        endCall();
        if (result.ok())
            Q_EMIT refreshed();
        else
            Q_EMIT refreshFailed(result.error);
    });
}

void TokenSession::revoke(const QString &tokenId) {
    if (m_revoking.contains(tokenId))
        return;
    m_revoking.insert(tokenId);
    beginCall();
    m_api->revokeToken(tokenId, this, [this, tokenId](const ApiError &error) {
        m_revoking.remove(tokenId);
        if (!error.isError()) {
            // The server confirmed the revocation (204); the row shows it from now on.
            if (const std::optional<Token> known = m_model->tokenById(tokenId)) {
                Token revoked = *known;
                if (!revoked.isRevoked())
                    revoked.revokedAt = QDateTime::currentDateTimeUtc();
                m_model->updateToken(revoked);
            }
        }
        endCall();
        Q_EMIT revokeFinished(tokenId, error);
        rereadAfter(error);
    });
}

void TokenSession::create(const NewToken &request) {
    if (m_creating)
        return;
    m_creating = true;
    beginCall();
    m_api->createToken(request, this, [this](const ApiResult<CreatedToken> &result) {
        m_creating = false;
        if (result.ok())
            m_model->updateToken(result.value.token);
        endCall();
        Q_EMIT createFinished(result.value.token, result.value.accessToken, result.error);
        rereadAfter(result.error);
    });
}

void TokenSession::update(const QString &tokenId, const TokenChanges &changes) {
    if (m_updating.contains(tokenId))
        return;
    m_updating.insert(tokenId);
    beginCall();
    m_api->updateToken(tokenId, changes, this, [this, tokenId](const ApiResult<Token> &result) {
        m_updating.remove(tokenId);
        if (result.ok())
            m_model->updateToken(result.value);
        endCall();
        Q_EMIT updateFinished(tokenId, result.error);
        rereadAfter(result.error);
    });
}

void TokenSession::loadDatabases() {
    beginCall();
    m_api->listDatabases(this, [this](const ApiResult<QStringList> &result) {
        endCall();
        Q_EMIT databasesLoaded(result.value, result.error);
    });
}

void TokenSession::reloadToken(const QString &tokenId)
{
    beginCall();
    m_api->getToken(tokenId, this, [this, tokenId](const ApiResult<Token> &result) {
        if (result.ok())
            m_model->updateToken(result.value);
        endCall();
        Q_EMIT tokenReloaded(tokenId, result.error);
        if (result.error.isHttp(404))
            refresh();
    });
}

void TokenSession::rereadAfter(const ApiError &error)
{
    if (error.outcomeUnknown() || error.isHttp(404))
        refresh();
}
