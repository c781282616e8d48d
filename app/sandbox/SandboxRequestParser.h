#pragma once

#include "CreateTokenRequest.h"
#include "UpdateTokenRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Validates request bodies as the spec's schemas describe them. On failure `error` is a
// message that starts with the field at fault ("permissions[1].resource: …"), for a 400.
namespace SandboxRequestParser {

// {description, permissions?, expiresAt?, expirationType?}; unknown properties are ignored.
// `now` decides whether expiresAt lies in the future.
bool parseCreate(const QByteArray &body, const QDateTime &now, CreateTokenRequest *request,
                 QString *error);

// {description?, permissions?}: at least one of the two.
bool parseUpdate(const QByteArray &body, UpdateTokenRequest *request, QString *error);

} // namespace SandboxRequestParser
