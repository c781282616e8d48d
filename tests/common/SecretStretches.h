#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

// What a leak test looks for: not only a secret's start, but every stretch of 12 characters
// of it (the redaction promises that none survives, wherever it was cut).
namespace SecretStretches {

inline constexpr qsizetype Length = 12;

inline QStringList of(const QStringList &secrets) {
    QStringList stretches;
    for (const QString &secret : secrets) {
        if (secret.size() <= Length) {
            if (!secret.isEmpty())
                stretches.append(secret);
            continue;
        }
        for (qsizetype at = 0; at + Length <= secret.size(); ++at)
            stretches.append(secret.mid(at, Length));
    }
    stretches.removeDuplicates();
    return stretches;
}

// The first stretch found in `text`; empty when there is none.
inline QString foundIn(QStringView text, const QStringList &stretches) {
    for (const QString &stretch : stretches) {
        if (text.contains(stretch))
            return stretch;
    }
    return {};
}

inline QString foundIn(const QByteArray &bytes, const QStringList &stretches) {
    for (const QString &stretch : stretches) {
        if (bytes.contains(stretch.toUtf8()))
            return stretch;
    }
    return {};
}

} // namespace SecretStretches
