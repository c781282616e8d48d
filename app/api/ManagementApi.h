#pragma once

#include "ApiError.h"
#include "Endpoint.h"
#include "Token.h"
#include "TokenRequests.h"
#include "TokenStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

// One TLS error with the certificate it is about: subject and issuer.
QString sslErrorText(const QSslError &error);

template <typename T> struct ApiResult {
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

// A token just created, with its secret. The secret is shown once and never stored.
struct CreatedToken {
    Token token;
    QString accessToken;
};

struct TokenList {
    TokenStore tokens;
};

// The Management API's token calls over an injected QNetworkAccessManager (https through the
// manager NetworkPool keeps beside it for the endpoint's TLS trust). Every call is
// asynchronous: its callback runs once, on the caller's thread, unless `context` was
// destroyed first. Replies still pending when the client dies are aborted silently.
class ManagementApi : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultTimeout{60};
    // The most a body may hold; past it the reply is aborted at once. Only the token list may
    // be long (100,000 tokens are some 60 MB, decoded off the window's thread); one token, an
    // error body or the database list is small, and decoded on the caller's thread.
    static constexpr qint64 MaxListBodyBytes = 256LL * 1024 * 1024;
    static constexpr qint64 MaxBodyBytes = 1024LL * 1024;
    // A GET answered 429 or 503 is tried again, at most this many times in all.
    static constexpr int MaxAttempts = 3;
    static constexpr std::chrono::seconds MaxRetryDelay{10};
    // How long to wait before attempt `attempt + 1`: Retry-After in seconds when the server
    // gives one, else 1 s, 2 s, …; never more than `cap`.
    static std::chrono::milliseconds retryDelay(const QByteArray &retryAfter, int attempt,
                                                std::chrono::milliseconds cap = MaxRetryDelay);

    ManagementApi(QNetworkAccessManager *network, Endpoint endpoint, QObject *parent = nullptr);
    ~ManagementApi() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    // What the user calls the connection changed; where it leads did not.
    void setConnectionLabel(const QString &name, bool production) {
        m_endpoint.name = name;
        m_endpoint.production = production;
    }
    // A signed-in connection's access token was renewed: later calls carry the new one.
    void setManagementToken(const QString &token) { m_endpoint.managementToken = token; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Lowers the longest wait between retries (tests: a server asking for an hour).
    void setMaxRetryDelay(std::chrono::milliseconds cap) { m_maxRetryDelay = cap; }
    int pendingCount() const { return int(m_pending.size()); }

    void listTokens(QObject *context, std::function<void(const ApiResult<TokenList> &)> done);
    void getToken(const QString &tokenId, QObject *context,
                  std::function<void(const ApiResult<Token> &)> done);
    // DELETE …/tokens/{id}: revokes the token. Success is 204 with no body.
    void revokeToken(const QString &tokenId, QObject *context,
                     std::function<void(const ApiError &)> done);

    // POST …/tokens: answers 200 with the new token and its secret.
    void createToken(const NewToken &request, QObject *context,
                     std::function<void(const ApiResult<CreatedToken> &)> done);
    // PATCH …/tokens/{id} with only the changed fields; answers with the updated token.
    void updateToken(const QString &tokenId, const TokenChanges &changes, QObject *context,
                     std::function<void(const ApiResult<Token> &)> done);
    // GET …/databases: the cluster's database names, for the permission picker.
    void listDatabases(QObject *context, std::function<void(const ApiResult<QStringList> &)> done);

Q_SIGNALS:
    // Some call was answered 401: the server refuses the management token. The call's own
    // callback hears of it too.
    void unauthorized(const ApiError &error);

private:
    struct RawReply {
        int status = 0;
        QByteArray body;
        ApiError error; // transport failure or an HTTP error status
    };
    using RawHandler = std::function<void(const RawReply &)>;

    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, QObject *context,
              RawHandler handler, qint64 maxBodyBytes = MaxBodyBytes, int attempt = 1);
    // `received`: the body read so far.
    RawReply readReply(QNetworkReply *reply, QByteArray received) const;
    ApiError checkTokenId(const QString &tokenId) const;
    void failLater(QObject *context, std::function<void()> report);

    QNetworkAccessManager *m_network;
    Endpoint m_endpoint;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::chrono::milliseconds m_maxRetryDelay = MaxRetryDelay;
    QList<QPointer<QNetworkReply>> m_pending;
};
