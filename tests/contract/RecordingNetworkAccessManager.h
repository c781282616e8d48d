#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

// A real QNetworkAccessManager that also keeps a copy of every exchange it carried, so a
// test can show exactly what the validation proxy answered, whatever the client made of it.
// Nothing is changed on the way: the client reads the same reply as without the recording.
class RecordingNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT

public:
    struct Exchange {
        QByteArray method;
        QUrl url;
        int status = 0; // 0: no HTTP answer
        QByteArray contentType;
        QByteArray body;
    };

    using QNetworkAccessManager::QNetworkAccessManager;

    QList<Exchange> exchanges() const { return m_exchanges; }

    // Prism answers a spec violation with an application/problem+json body that carries a
    // "validation" list; empty when `exchange` is not such an answer.
    static QString validationProblem(const Exchange &exchange);
    static QString describe(const Exchange &exchange);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QList<Exchange> m_exchanges;
};
