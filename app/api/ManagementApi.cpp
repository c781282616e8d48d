#include "ManagementApi.h"

#include "NetworkPool.h"

#include "ResponseBodies.h"
#include "TokenJson.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

namespace {

const char *const TooLargeProperty = "tokenadmin_tooLarge";
const char *const SslErrorsProperty = "tokenadmin_sslErrors";

// A request body Qt can send once and never again. When a connection closes before any answer,
// Qt's HTTP layer sends the request again by itself (QHttpNetworkConnectionChannel resends on
// RemoteHostClosedError, whatever the method): a DELETE, POST or PATCH the server may already
// have carried out. A body that cannot be rewound makes Qt report ContentReSendError instead.
class SendOnceBody : public QIODevice {
public:
    explicit SendOnceBody(QByteArray bytes, QObject *parent = nullptr)
        : QIODevice(parent)
        , m_bytes(std::move(bytes)) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_read; }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 count = qMin(maxSize, m_bytes.size() - m_read);
        if (count <= 0)
            return -1; // the end: a sequential device has no other way to say it
        std::memcpy(data, m_bytes.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

// `detail` may quote the body: it goes through quotedFromServer like all server text.
struct ReceivedBody {
    bool lengthKnown = false;
    QByteArray bytes;
    QByteArrayList pieces;
};

// The pieces of a body of unknown length, in one array with TokenJson::ReadPadding to spare.
QByteArray joinPadded(const QByteArrayList &pieces) {
    qsizetype size = 0;
    for (const QByteArray &piece : pieces)
        size += piece.size();
    QByteArray joined;
    joined.reserve(size + TokenJson::ReadPadding);
    for (const QByteArray &piece : pieces)
        joined.append(piece);
    return joined;
}

ApiError badResponse(int status, const QString &detail, const QString &secret) {
    ApiError error;
    error.kind = ApiError::Kind::BadResponse;
    error.httpStatus = status;
    error.detail = quotedFromServer(detail, secret, 500);
    return error;
}

// A decoded list as the caller sees it. A list with unreadable items is refused whole:
// showing the rest would make tokens vanish from the screen that the server never removed.
ApiResult<TokenList> listResult(int status, const ApiError &transport,
                                TokenJson::ListResult decoded, const QString &secret) {
    ApiResult<TokenList> result;
    result.error = transport;
    if (decoded.ok && decoded.badItems.isEmpty()) {
        result.value.tokens = std::move(decoded.tokens);
        return result;
    }
    const QString problem =
        decoded.ok ? QCoreApplication::translate("ManagementApi",
                                                 "%L1 of %L2 items are not valid tokens (%3)")
                         .arg(decoded.badItems.size())
                         .arg(decoded.badItems.size() + decoded.tokens.size())
                         .arg(decoded.badItems.mid(0, 3).join(QLatin1String("; ")))
                   : decoded.error;
    result.error = badResponse(status, problem, secret);
    result.error.host = transport.host;
    return result;
}

QString certificateName(const QStringList &parts) {
    return sanitizedExcerpt(parts.join(QLatin1String(", ")), 200);
}

} // namespace

QString sslErrorText(const QSslError &error) {
    const QSslCertificate certificate = error.certificate();
    if (certificate.isNull())
        return error.errorString();
    return ManagementApi::tr("%1 (certificate subject “%2”, issuer “%3”)")
        .arg(error.errorString(),
             certificateName(certificate.subjectInfo(QSslCertificate::CommonName) +
                             certificate.subjectInfo(QSslCertificate::Organization)),
             certificateName(certificate.issuerInfo(QSslCertificate::CommonName) +
                             certificate.issuerInfo(QSslCertificate::Organization)));
}

ManagementApi::ManagementApi(QNetworkAccessManager *network, Endpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint)) {}

ManagementApi::~ManagementApi() {
    // Callbacks must not run into owners that are going away with us.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_pending)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void ManagementApi::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                         QObject *context, RawHandler handler, qint64 maxBodyBytes, int attempt) {
    // The last gate before the bearer token goes out: https, or http to loopback only; and
    // account and cluster IDs that each stay one path segment ("." and ".." cannot).
    QString reason;
    if (m_endpoint.product == Product::Dedicated &&
        (!isSafePathSegment(m_endpoint.accountId) || !isSafePathSegment(m_endpoint.clusterId)))
        reason = tr("the account or cluster ID is empty, \".\" or \"..\"");
    if (!reason.isEmpty() || !isAcceptableApiUrl(url, &reason)) {
        RawReply refused;
        refused.error.kind = ApiError::Kind::InvalidRequest;
        refused.error.host = url.host();
        refused.error.detail = reason.endsWith(QLatin1Char('.')) ? reason.chopped(1) : reason;
        failLater(context, [handler = std::move(handler), refused] { handler(refused); });
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_endpoint.managementToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("TokenAdmin/%1").arg(QCoreApplication::applicationVersion()));
    // A redirect to another origin is not followed, so the bearer token never leaves it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(int(m_timeout.count()));
    QNetworkAccessManager *network = m_network;
    if (url.scheme() == QLatin1String("https")) {
        const TlsTrust trust = TlsTrust::of(m_endpoint);
        request.setSslConfiguration(trust.sslConfiguration());
        // Kept alive (HTTP/2 where offered) and lent only to calls with the same trust: each
        // trust has a manager, and so a pool of connections, of its own.
        network = NetworkPool::of(m_network)->manager(trust);
    }

    QNetworkReply *reply = nullptr;
    if (verb == "GET") {
        reply = network->sendCustomRequest(request, verb);
    } else {
        // Sent as it is, never buffered (and so never re-sent) by Qt.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *once = new SendOnceBody(body);
        reply = network->sendCustomRequest(request, verb, once);
        once->setParent(reply);
    }
    m_pending.append(reply);

    // Never ignored: the handshake fails, and the error names the certificate it is about.
    // A certificate's names are the server's text too.
    connect(reply, &QNetworkReply::sslErrors, this,
            [reply, secret = m_endpoint.managementToken](const QList<QSslError> &errors) {
                QStringList texts;
                for (const QSslError &error : errors)
                    texts.append(quotedFromServer(sslErrorText(error), secret, 1000));
                reply->setProperty(SslErrorsProperty, texts.join(QLatin1String("; ")));
            });
    // A body past its limit is refused as soon as that is known: from its Content-Length, or
    // else when the bytes read pass the limit. An error body is never long.
    auto limitFor = [reply, maxBodyBytes] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return status >= 300 ? qMin(maxBodyBytes, MaxBodyBytes) : maxBodyBytes;
    };
    auto refuseIfOver = [reply, limitFor](qint64 bytes) {
        const qint64 limit = limitFor();
        if (bytes > limit && !reply->property(TooLargeProperty).isValid()) {
            reply->setProperty(TooLargeProperty, limit);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, refuseIfOver] {
        bool known = false;
        const qint64 length =
            reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known)
            refuseIfOver(length);
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [refuseIfOver](qint64 received, qint64) { refuseIfOver(received); });
    // Read as it arrives, so a long body is copied a piece at a time, never all at once on the
    // window's thread when it ends: into room made once when its length is known, else in
    // pieces joined at the end (a body refused half-way is never joined).
    auto received = std::make_shared<ReceivedBody>();
    connect(reply, &QIODevice::readyRead, this, [reply, received, limitFor] {
        if (received->bytes.isEmpty() && received->pieces.isEmpty()) {
            bool known = false;
            const qint64 length =
                reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
            received->lengthKnown = known && length > 0 && length <= limitFor();
            // With room past the end for the list decoder (simdjson), so it parses the body
            // where it is rather than in a copy.
            if (received->lengthKnown)
                received->bytes.reserve(length + TokenJson::ReadPadding);
        }
        if (received->lengthKnown)
            received->bytes.append(reply->readAll());
        else
            received->pieces.append(reply->readAll());
    });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, verb, url, body, maxBodyBytes, attempt, received,
             handler = std::move(handler)] {
                m_pending.removeAll(reply);
                if (!received->pieces.isEmpty() && !reply->property(TooLargeProperty).isValid())
                    received->bytes = joinPadded(received->pieces);
                received->pieces.clear();
                const RawReply raw = readReply(reply, std::move(received->bytes));
                const QByteArray retryAfter = reply->rawHeader("Retry-After");
                reply->deleteLater();
                if (raw.error.isHttp(401))
                    Q_EMIT unauthorized(raw.error);
                if (!guard)
                    return;
                // Only a read is repeated by itself: a DELETE, POST or PATCH never is.
                const bool busyServer = raw.status == 429 || raw.status == 503;
                if (verb == "GET" && busyServer && attempt < MaxAttempts) {
                    QTimer::singleShot(
                        retryDelay(retryAfter, attempt, m_maxRetryDelay), this,
                        [this, verb, url, body, guard, handler, maxBodyBytes, attempt] {
                            if (guard)
                                send(verb, url, body, guard, handler, maxBodyBytes, attempt + 1);
                        });
                    return;
                }
                handler(raw);
            });
}

std::chrono::milliseconds ManagementApi::retryDelay(const QByteArray &retryAfter, int attempt,
                                                    std::chrono::milliseconds cap) {
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    const std::chrono::milliseconds wanted =
        ok && seconds >= 0 ? std::chrono::milliseconds(std::chrono::seconds(seconds))
                           : std::chrono::milliseconds(std::chrono::seconds(attempt));
    return std::min(wanted, cap);
}

ManagementApi::RawReply ManagementApi::readReply(QNetworkReply *reply, QByteArray received) const {
    RawReply raw;
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.error.host = reply->url().host();
    if (const QVariant limit = reply->property(TooLargeProperty); limit.isValid()) {
        raw.error = badResponse(
            raw.status,
            tr("the body is larger than %1 MiB").arg(limit.toLongLong() / (1024 * 1024)), {});
        raw.error.host = reply->url().host();
        return raw;
    }
    raw.body = std::move(received);
    if (reply->isOpen())
        raw.body += reply->readAll();

    if (raw.status >= 300) {
        raw.error.kind = ApiError::Kind::Http;
        raw.error.httpStatus = raw.status;
        raw.error.serverMessage =
            ResponseBodies::errorMessage(raw.body, m_endpoint.managementToken);
        if (raw.status < 400) {
            QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (target.isEmpty()) // unset when the redirect policy refused it
                target = QUrl::fromEncoded(reply->rawHeader("Location"));
            raw.error.serverMessage =
                tr("a redirect to %1 was not followed: Token Admin follows redirects only "
                   "within the same server")
                    .arg(quotedFromServer(reply->url().resolved(target).toString(),
                                          m_endpoint.managementToken, 200));
        }
        return raw;
    }
    if (raw.status > 0 && reply->error() == QNetworkReply::NoError)
        return raw;

    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        raw.error.kind = ApiError::Kind::ConnectionRefused;
        break;
    case QNetworkReply::HostNotFoundError:
        raw.error.kind = ApiError::Kind::HostNotFound;
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        raw.error.kind = ApiError::Kind::Tls;
        const QString sslErrors = reply->property(SslErrorsProperty).toString();
        raw.error.detail = sslErrors.isEmpty() ? reply->errorString() : sslErrors;
        break;
    }
    case QNetworkReply::ContentReSendError: // see SendOnceBody
        raw.error.kind = ApiError::Kind::Network;
        raw.error.detail = tr("the connection closed before any answer came; the request was "
                              "not sent again");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
        raw.error.kind = ApiError::Kind::Timeout;
        raw.error.detail = tr("no data for %n second(s)", nullptr,
                              int(std::chrono::ceil<std::chrono::seconds>(m_timeout).count()));
        break;
    default:
        raw.error.kind = ApiError::Kind::Network;
        // Qt's text may hold the server's reason phrase.
        raw.error.detail = quotedFromServer(reply->errorString(), m_endpoint.managementToken);
        break;
    }
    if (raw.error.kind == ApiError::Kind::None) {
        // No transport error and no HTTP status: not an HTTP answer at all.
        raw.error = badResponse(raw.status, tr("no HTTP status"), {});
        raw.error.host = reply->url().host();
    }
    return raw;
}

void ManagementApi::listTokens(QObject *context,
                               std::function<void(const ApiResult<TokenList> &)> done) {
    QPointer<QObject> guard(context);
    send(
        "GET", m_endpoint.tokensUrl(), {}, context,
        [this, guard, done = std::move(done)](const RawReply &raw) {
            if (raw.error.isError()) {
                ApiResult<TokenList> result;
                result.error = raw.error;
                done(result);
                return;
            }
            // 100,000 tokens take tens of milliseconds to decode: not on the window's thread.
            // The watcher is this API's child: if the API goes first, the answer is dropped.
            auto *watcher = new QFutureWatcher<TokenJson::ListResult>(this);
            connect(
                watcher, &QFutureWatcherBase::finished, this,
                [watcher, guard, done, status = raw.status, transport = raw.error,
                 secret = m_endpoint.managementToken] {
                    watcher->deleteLater();
                    if (guard)
                        done(listResult(status, transport, watcher->future().takeResult(), secret));
                });
            watcher->setFuture(
                QtConcurrent::run([body = raw.body] { return TokenJson::decodeTokenList(body); }));
        },
        MaxListBodyBytes);
}

ApiError ManagementApi::checkTokenId(const QString &tokenId) const {
    ApiError error;
    if (!isSafePathSegment(tokenId)) {
        error.kind = ApiError::Kind::InvalidRequest;
        error.host = m_endpoint.apiUrl.host();
        error.detail = tr("\"%1\" is not a usable token ID")
                           .arg(quotedFromServer(tokenId, m_endpoint.managementToken, 80));
    }
    return error;
}

void ManagementApi::failLater(QObject *context, std::function<void()> report) {
    // Callbacks always run later, never inside the call, whatever the outcome.
    QMetaObject::invokeMethod(context ? context : this, std::move(report), Qt::QueuedConnection);
}

void ManagementApi::getToken(const QString &tokenId, QObject *context,
                             std::function<void(const ApiResult<Token> &)> done) {
    if (const ApiError invalid = checkTokenId(tokenId); invalid.isError()) {
        failLater(context, [done = std::move(done), invalid] { done({{}, invalid}); });
        return;
    }
    send("GET", m_endpoint.tokenUrl(tokenId), {}, context,
         [done = std::move(done), secret = m_endpoint.managementToken](const RawReply &raw) {
             ApiResult<Token> result;
             result.error = raw.error;
             QString decodeError;
             if (result.ok() &&
                 !TokenJson::decodeTokenBody(raw.body, &result.value, &decodeError)) {
                 result.error = badResponse(raw.status, decodeError, secret);
                 result.error.host = raw.error.host;
             }
             done(result);
         });
}

void ManagementApi::revokeToken(const QString &tokenId, QObject *context,
                                std::function<void(const ApiError &)> done) {
    if (const ApiError invalid = checkTokenId(tokenId); invalid.isError()) {
        failLater(context, [done = std::move(done), invalid] { done(invalid); });
        return;
    }
    send("DELETE", m_endpoint.tokenUrl(tokenId), {}, context,
         [done = std::move(done), secret = m_endpoint.managementToken](const RawReply &raw) {
             if (raw.error.isError() || raw.status == 204) {
                 done(raw.error);
                 return;
             }
             // The spec's only success is 204: anything else leaves the outcome in doubt.
             ApiError unexpected = badResponse(raw.status, tr("expected 204 No Content"), secret);
             unexpected.host = raw.error.host;
             done(unexpected);
         });
}

void ManagementApi::createToken(const NewToken &request, QObject *context,
                                std::function<void(const ApiResult<CreatedToken> &)> done) {
    send("POST", m_endpoint.tokensUrl(), encodeCreateRequest(request), context,
         [done = std::move(done), secret = m_endpoint.managementToken](const RawReply &raw) {
             ApiResult<CreatedToken> result;
             result.error = raw.error;
             if (result.ok()) {
                 QString problem;
                 if (!ResponseBodies::decodeCreatedToken(raw.body, &result.value.token,
                                                         &result.value.accessToken, &problem))
                     result.error = badResponse(raw.status, problem, secret);
                 result.error.host = raw.error.host;
             }
             done(result);
         });
}

void ManagementApi::updateToken(const QString &tokenId, const TokenChanges &changes,
                                QObject *context,
                                std::function<void(const ApiResult<Token> &)> done) {
    ApiError invalid = checkTokenId(tokenId);
    if (!invalid.isError() && changes.isEmpty()) {
        invalid.kind = ApiError::Kind::InvalidRequest;
        invalid.detail = tr("there is nothing to change");
    }
    if (invalid.isError()) {
        failLater(context, [done = std::move(done), invalid] { done({{}, invalid}); });
        return;
    }
    send("PATCH", m_endpoint.tokenUrl(tokenId), encodeUpdateRequest(changes), context,
         [done = std::move(done), secret = m_endpoint.managementToken](const RawReply &raw) {
             ApiResult<Token> result;
             result.error = raw.error;
             QString problem;
             if (result.ok() && !TokenJson::decodeTokenBody(raw.body, &result.value, &problem)) {
                 result.error = badResponse(raw.status, problem, secret);
                 result.error.host = raw.error.host;
             }
             done(result);
         });
}

void ManagementApi::listDatabases(QObject *context,
                                  std::function<void(const ApiResult<QStringList> &)> done) {
    send("GET", m_endpoint.databasesUrl(), {}, context,
         [done = std::move(done), secret = m_endpoint.managementToken](const RawReply &raw) {
             ApiResult<QStringList> result;
             result.error = raw.error;
             if (!result.ok()) {
                 done(result);
                 return;
             }
             QString problem;
             if (!ResponseBodies::decodeDatabases(raw.body, &result.value, &problem)) {
                 result.error = badResponse(raw.status, problem, secret);
                 result.error.host = raw.error.host;
             }
             done(result);
         });
}
