#include "NameTemplate.h"

#include "graph/DirectoryObject.h"
#include "graph/FileName.h"

#include <QCoreApplication>

namespace Portrait {

NameFields NameFields::of(const DirectoryObject& object, const QString& size, const QString& etag, const QString& ext)
{
    NameFields f;
    f.id = object.id;
    f.mail = object.mail;
    f.displayName = object.displayName;
    f.kind = object.kindName();
    f.upn = !object.userPrincipalName.isEmpty() ? object.userPrincipalName
        : !object.mail.isEmpty()                ? object.mail
                                                : object.id;
    f.size = size;
    f.etag = etag;
    f.ext = ext;
    return f;
}

NameTemplate::NameTemplate(const QString& pattern)
    : m_pattern(pattern.isEmpty() ? defaultPattern() : pattern)
{
    const QStringList known = tokens();
    bool anyToken = false;
    qsizetype i = 0;
    while (i < m_pattern.size()) {
        const qsizetype open = m_pattern.indexOf(u'{', i);
        const qsizetype stray = m_pattern.indexOf(u'}', i);
        if (stray >= 0 && (open < 0 || stray < open)) {
            m_error = QCoreApplication::translate("Portrait::NameTemplate", "'}' without '{' in the name template");
            return;
        }
        if (open < 0) {
            m_parts.append(Part{false, m_pattern.mid(i)});
            break;
        }
        if (open > i) {
            m_parts.append(Part{false, m_pattern.mid(i, open - i)});
        }
        const qsizetype close = m_pattern.indexOf(u'}', open);
        if (close < 0) {
            m_error = QCoreApplication::translate("Portrait::NameTemplate", "unclosed '{' in the name template");
            return;
        }
        const QString name = m_pattern.mid(open + 1, close - open - 1);
        if (!known.contains(name)) {
            m_error = QCoreApplication::translate("Portrait::NameTemplate",
                                                  "unknown token {%1} in the name template (known: %2)")
                          .arg(name, QStringLiteral("{") + known.join(QStringLiteral("} {")) + QStringLiteral("}"));
            return;
        }
        m_parts.append(Part{true, name});
        anyToken = true;
        i = close + 1;
    }
    if (!anyToken) {
        m_error = QCoreApplication::translate("Portrait::NameTemplate",
                                              "the name template uses no token: every file would have the same name");
    }
}

QString NameTemplate::defaultPattern()
{
    return QStringLiteral("{kind}/{upn}.{ext}");
}

QStringList NameTemplate::tokens()
{
    return {QStringLiteral("upn"),  QStringLiteral("id"),   QStringLiteral("mail"), QStringLiteral("displayName"),
            QStringLiteral("kind"), QStringLiteral("size"), QStringLiteral("etag"), QStringLiteral("ext")};
}

QString NameTemplate::expand(const NameFields& fields) const
{
    QString joined;
    for (const Part& part : m_parts) {
        if (!part.token) {
            joined += part.text;
            continue;
        }
        QString value;
        if (part.text == QLatin1String("upn")) {
            value = fields.upn;
        } else if (part.text == QLatin1String("id")) {
            value = fields.id;
        } else if (part.text == QLatin1String("mail")) {
            value = fields.mail;
        } else if (part.text == QLatin1String("displayName")) {
            value = fields.displayName;
        } else if (part.text == QLatin1String("kind")) {
            value = fields.kind;
        } else if (part.text == QLatin1String("size")) {
            value = fields.size;
        } else if (part.text == QLatin1String("etag")) {
            value = fields.etag;
        } else if (part.text == QLatin1String("ext")) {
            value = fields.ext;
        }
        // Only the pattern's own slashes make folders; a value's never do.
        value.replace(u'/', u'_');
        value.replace(u'\\', u'_');
        joined += value;
    }
    return FileName::sanitizePath(joined);
}

} // namespace Portrait
