#pragma once

#include "Endpoint.h"
#include "Product.h"
#include "SandboxFault.h"
#include "SandboxInterceptor.h"
#include "SandboxOptions.h"
#include "SandboxReply.h"
#include "SandboxState.h"
#include "Token.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerResponder>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <map>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QTcpSocket;
class SandboxHttpListener;
struct SandboxRoute;
class SandboxTokenIntrospection;

// A local, faithful InfluxDB 3 Management API for database tokens (Cloud Dedicated or
// Clustered paths) on 127.0.0.1, for tests, demos and development without a cluster.
// Status codes and bodies follow the spec: bare arrays, 200 on create, 204 with no body on
// revoke, {"code","message"} errors, 400 for a path ID that is not a UUID.
// A request passes, in order: the body size limit (413), the route (404), the credentials
// (refuseUnauthorized(), 401), the method (405), the path IDs (400), the account and cluster
// (404), then the operation. It serves from the thread it lives on; SandboxThread gives it
// one of its own.
class SandboxServer : public QObject {
    Q_OBJECT

public:
    // One request as it arrived, for tests to check what a client really sent.
    struct ReceivedRequest {
        QByteArray method;
        QString path; // percent-encoded, as on the wire, without the query
        QByteArray body;
        QByteArray authorization;
        QByteArray accept;
        QByteArray contentType;
        qint64 receivedAtMs = 0; // since the sandbox was made, on a monotonic clock
    };

    static constexpr qsizetype MaxBodySize = 1024 * 1024; // larger bodies get 413
    // receivedRequests() keeps the latest this many, so a long-running sandbox stays small.
    static constexpr qsizetype MaxReceivedRequests = 1000;

    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:port (0 picks a free port). With a data file, loads it, or writes
    // the initial state to it when it does not exist yet; a file that cannot be read as
    // sandbox state makes start() fail with a message naming it, and is left untouched.
    bool start(quint16 port = 0, QString *error = nullptr);
    // Stops listening and drops unanswered requests; the state stays.
    void stop();
    bool isListening() const;

    quint16 port() const;
    QUrl apiUrl() const; // http://127.0.0.1:PORT/api/v0
    QString accountId() const;
    QString clusterId() const;
    QString managementToken() const;
    Product product() const;

    // Current state, revoked tokens included.
    QList<Token> tokens() const;
    // Test hooks: replace the state / make a token vanish server-side. Both persist.
    void setTokens(const QList<Token> &tokens);
    bool removeToken(const QString &id);
    // SHA-512 (hex) of a created token's secret; empty for seeded tokens.
    QString accessTokenSha512(const QString &id) const;

    // As SandboxOptions::hideRevoked, from now on.
    void setHideRevoked(bool hide);
    // Every answer waits this long (on a timer, nothing blocks). The request itself takes
    // effect on arrival, as on a server whose answer is slow to come back.
    void setResponseDelay(std::chrono::milliseconds delay);

    // Test hooks: misbehave as the fault says for matching requests (the first match
    // wins). A faulted request is not carried out, except for Delay. Defined in
    // SandboxFaultInjector.cpp, so that a program links the fault injection only if it calls
    // them.
    void addFault(const SandboxFault &fault);
    void clearFaults();

    QList<ReceivedRequest> receivedRequests() const;
    // Requests whose answer has not gone out yet: delayed, or held open by a fault. Tests wait
    // for it to reach 0 instead of sleeping past an answer's time.
    int unansweredCount() const { return int(m_pending.size()); }
    void clearReceivedRequests();

    // What a client needs to connect, as one line of JSON in the documented order and
    // spacing: {"url": "…", "accountId": "…", "clusterId": "…", "managementToken": "…"}
    QByteArray connectionLine() const;
    // The same, as the client's Endpoint.
    Endpoint endpoint() const;

Q_SIGNALS:
    void requestReceived(const QByteArray &method, const QString &path);
    void tokensChanged();

private:
    friend class SandboxFaultInjector; // answers in the server's stead, with its parts

    struct PendingReply {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        SandboxReply reply;
    };

    void handleRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                       QTcpSocket *socket);
    SandboxReply dispatch(const QHttpServerRequest &request, const QByteArray &method,
                          const QString &encodedPath);
    SandboxReply dispatch(const QByteArray &body, const QByteArray &authorization,
                          const QByteArray &method, const QString &encodedPath);
    // --oauth-introspect: a Bearer token not yet judged waits, unanswered, for the provider.
    bool waitForIntrospection(const QHttpServerRequest &request, QHttpServerResponder &responder,
                              QTcpSocket *socket, const QByteArray &method,
                              const QString &encodedPath);
    // The 401 for a request whose credentials do not pass; none for one that does.
    std::optional<SandboxReply> refuseUnauthorized(const QByteArray &authorization) const;
    // An authorized request to a path the API has.
    SandboxReply carryOut(const SandboxRoute &route, const QByteArray &method,
                          const QByteArray &body);
    SandboxReply listTokens() const;
    SandboxReply getToken(const QString &id) const;
    SandboxReply createToken(const QByteArray &body);
    SandboxReply updateToken(const QString &id, const QByteArray &body);
    SandboxReply revokeToken(const QString &id);
    SandboxReply listDatabases() const;
    void keepUntilClosed(QHttpServerResponder &&responder, QTcpSocket *socket);
    void delayedSend(QHttpServerResponder &&responder, QTcpSocket *socket,
                     const SandboxReply &reply, std::chrono::milliseconds delay);

    Token *findToken(const QString &id);
    const Token *findToken(const QString &id) const;
    // The token as the API shows it: none for a revoked one while revoked ones are hidden.
    Token *findVisibleToken(const QString &id);
    const Token *findVisibleToken(const QString &id) const;
    void adoptTokens(QList<Token> tokens);
    void stamp(Token *token) const;
    bool persist(QString *error);
    void persistOrWarn();

    SandboxOptions m_options;
    QString m_managementToken;
    SandboxState m_state;
    QHash<QString, qsizetype> m_index; // lower-case token ID -> position in m_state.tokens
    QList<ReceivedRequest> m_received;
    SandboxHttpListener *m_listener = nullptr;
    SandboxTokenIntrospection *m_introspection = nullptr;
    quint16 m_port = 0;
    std::map<quint64, PendingReply> m_pending;
    std::unique_ptr<SandboxInterceptor> m_interceptor;
    quint64 m_nextPendingId = 0;
    QElapsedTimer m_clock;
};
