#pragma once

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

// The real network manager, which also keeps what it was asked to send: URL and form body of
// each request. Tests read it to know what left the program, and when nothing more did.
class CountingNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT

public:
    struct Sent {
        QUrl url;
        QByteArray body;
    };
    using QNetworkAccessManager::QNetworkAccessManager;

    QList<Sent> sent() const { return m_sent; }
    int count() const { return int(m_sent.size()); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override {
        m_sent.append(
            {request.url(), outgoingData ? outgoingData->peek(1024 * 1024) : QByteArray()});
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }

private:
    QList<Sent> m_sent;
};
