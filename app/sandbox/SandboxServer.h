#pragma once

#include "Endpoint.h"
#include "Product.h"
#include "SandboxFault.h"
#include "SandboxOptions.h"
#include "SandboxState.h"
#include "Token.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <map>

class QHttpServerRequest;
class QTcpSocket;
class SandboxHttpListener;
class SandboxTokenIntrospection;

// A local, faithful InfluxDB 3 Management API for database tokens (Cloud Dedicated or
// Clustered paths) on 127.0.0.1, for tests, demos and development without a cluster.
// Status codes and bodies follow the spec: bare arrays, 200 on create, 204 with no body on
// revoke, {"code","message"} errors.
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
    QString dataFile() const;

    // Current state, revoked tokens included.
    QList<Token> tokens() const;
    // Test hooks: replace the state / make a token vanish server-side. Both persist.
    void setTokens(const QList<Token> &tokens);
    bool removeToken(const QString &id);
    // SHA-512 (hex) of a created token's secret; empty for seeded tokens.
    QString accessTokenSha512(const QString &id) const;

    bool hideRevoked() const;
    void setHideRevoked(bool hide);
    std::chrono::milliseconds responseDelay() const;
    // Every answer waits this long (on a timer, nothing blocks). The request itself takes
    // effect on arrival, as on a server whose answer is slow to come back.
    void setResponseDelay(std::chrono::milliseconds delay);

    // Test hooks: misbehave as the fault says for matching requests (the first match
    // wins). A faulted request is not carried out, except for Delay.
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
    struct Reply {
        int status = 200;
        QByteArray body;  // JSON; empty for 204
        QByteArray allow; // the Allow header of a 405
    };
    struct PendingReply {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        Reply reply;
    };

    void handleRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                       QTcpSocket *socket);
    Reply dispatch(const QHttpServerRequest &request, const QByteArray &method,
                   const QString &encodedPath);
    Reply dispatch(const QByteArray &body, const QByteArray &authorization,
                   const QByteArray &method, const QString &encodedPath);
    // --oauth-introspect: a Bearer token not yet judged waits, unanswered, for the provider.
    bool waitForIntrospection(const QHttpServerRequest &request, QHttpServerResponder &responder,
                              QTcpSocket *socket, const QByteArray &method,
                              const QString &encodedPath);
    Reply listTokens() const;
    Reply getToken(const QString &id) const;
    Reply createToken(const QByteArray &body);
    Reply updateToken(const QString &id, const QByteArray &body);
    Reply revokeToken(const QString &id);
    Reply listDatabases() const;
    static Reply error(int status, const QString &message);
    static void send(QHttpServerResponder &responder, const Reply &reply);
    // Answers as the fault says; false when the request should be carried out normally.
    bool answerWithFault(const SandboxFault &fault, const QHttpServerRequest &request,
                         QHttpServerResponder &responder, QTcpSocket *socket);
    // The body the request would be answered with, without carrying it out: what the
    // truncating faults cut.
    QByteArray wouldAnswer(const QHttpServerRequest &request);
    void writeHugeBody(const SandboxFault &fault, QTcpSocket *socket);
    void keepUntilClosed(QHttpServerResponder &&responder, QTcpSocket *socket);
    void delayedSend(QHttpServerResponder &&responder, QTcpSocket *socket, const Reply &reply,
                     std::chrono::milliseconds delay);

    QJsonObject apiToken(const Token &token) const;
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
    QList<SandboxFault> m_faults;
    quint64 m_nextPendingId = 0;
    QElapsedTimer m_clock;
};
