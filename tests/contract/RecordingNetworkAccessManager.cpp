#include "RecordingNetworkAccessManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

QString RecordingNetworkAccessManager::validationProblem(const Exchange &exchange) {
    const QJsonObject body = QJsonDocument::fromJson(exchange.body).object();
    const bool problemJson = exchange.contentType.startsWith("application/problem+json");
    if (!problemJson && !body.contains(QLatin1String("validation")))
        return {};
    QStringList lines;
    lines.append(QStringLiteral("Prism: %1 %2")
                     .arg(body.value(QLatin1String("title")).toString(),
                          body.value(QLatin1String("detail")).toString()));
    const QJsonArray validation = body.value(QLatin1String("validation")).toArray();
    for (const QJsonValue &item : validation) {
        const QJsonObject entry = item.toObject();
        QStringList location;
        for (const QJsonValue &part : entry.value(QLatin1String("location")).toArray())
            location.append(part.isString() ? part.toString() : QString::number(part.toInt()));
        lines.append(QStringLiteral("  [%1] %2 at %3: %4")
                         .arg(entry.value(QLatin1String("severity")).toString(),
                              entry.value(QLatin1String("code")).toVariant().toString(),
                              location.join(QLatin1Char('.')),
                              entry.value(QLatin1String("message")).toString()));
    }
    return lines.join(QLatin1Char('\n'));
}

QString RecordingNetworkAccessManager::describe(const Exchange &exchange) {
    return QStringLiteral("%1 %2 -> %3 %4\n%5")
        .arg(QString::fromLatin1(exchange.method), exchange.url.toString(),
             QString::number(exchange.status), QString::fromLatin1(exchange.contentType),
             QString::fromUtf8(exchange.body));
}

QNetworkReply *RecordingNetworkAccessManager::createRequest(Operation op,
                                                            const QNetworkRequest &request,
                                                            QIODevice *outgoingData) {
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    const qsizetype index = m_exchanges.size();
    Exchange exchange;
    exchange.url = request.url();
    switch (op) {
    case GetOperation:
        exchange.method = "GET";
        break;
    case PostOperation:
        exchange.method = "POST";
        break;
    case PutOperation:
        exchange.method = "PUT";
        break;
    case DeleteOperation:
        exchange.method = "DELETE";
        break;
    case HeadOperation:
        exchange.method = "HEAD";
        break;
    default:
        exchange.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    m_exchanges.append(exchange);
    // Connected before the client's own handlers, so what is available is what the client has
    // not read yet (it reads each piece as it arrives): peek() leaves it in place for it.
    connect(reply, &QIODevice::readyRead, this, [this, reply, index] {
        m_exchanges[index].body += reply->peek(reply->bytesAvailable());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
        Exchange &recorded = m_exchanges[index];
        recorded.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        recorded.contentType = reply->rawHeader("Content-Type");
        recorded.body += reply->peek(reply->bytesAvailable());
    });
    return reply;
}
