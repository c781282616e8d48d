#include "ResponseBodies.h"

#include "ApiError.h"
#include "TokenJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ResponseBodies {

QString errorMessage(const QByteArray &body, const QString &secret) {
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue message = document.object().value(QLatin1String("message"));
    return message.isString() ? quotedFromServer(message.toString(), secret) : QString();
}

bool decodeDatabases(const QByteArray &body, QStringList *names, QString *error) {
    names->clear();
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isArray()) {
        *error = QCoreApplication::translate("ManagementApi", "expected an array of databases");
        return false;
    }
    const QJsonArray databases = document.array();
    for (qsizetype i = 0; i < databases.size(); ++i) {
        const QJsonValue name = databases.at(i).toObject().value(QLatin1String("name"));
        if (!name.isString() || name.toString().isEmpty()) {
            *error = QCoreApplication::translate("ManagementApi",
                                                 "item %1: name: expected a non-empty string")
                         .arg(i);
            names->clear();
            return false;
        }
        names->append(name.toString());
    }
    return true;
}

bool decodeCreatedToken(const QByteArray &body, Token *token, QString *accessToken,
                        QString *error) {
    if (!TokenJson::decodeTokenBody(body, token, error))
        return false;
    const QJsonValue secret =
        QJsonDocument::fromJson(body).object().value(QLatin1String("accessToken"));
    if (!secret.isString() || secret.toString().size() < 64) {
        *error = QCoreApplication::translate("ManagementApi",
                                             "accessToken: missing or shorter than 64 characters");
        return false;
    }
    *accessToken = secret.toString();
    return true;
}

} // namespace ResponseBodies
