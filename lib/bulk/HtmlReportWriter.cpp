#include "HtmlReportWriter.h"

#include "graph/DisplayText.h"

#include <QCoreApplication>

namespace Portrait {

namespace {

QString statusTitle(PhotoStatus status)
{
    switch (status) {
    case PhotoStatus::Photo:
        return QCoreApplication::translate("Portrait::HtmlReportWriter", "Real photo");
    case PhotoStatus::None:
        return QCoreApplication::translate("Portrait::HtmlReportWriter", "No photo");
    case PhotoStatus::Placeholder:
        return QCoreApplication::translate("Portrait::HtmlReportWriter", "Placeholder");
    case PhotoStatus::Unavailable:
        return QCoreApplication::translate("Portrait::HtmlReportWriter", "Unavailable");
    case PhotoStatus::Error:
        return QCoreApplication::translate("Portrait::HtmlReportWriter", "Error");
    }
    return {};
}

QString statusColour(PhotoStatus status)
{
    switch (status) {
    case PhotoStatus::Photo:
        return QStringLiteral("#3a9d5d");
    case PhotoStatus::None:
        return QStringLiteral("#9aa0a6");
    case PhotoStatus::Placeholder:
        return QStringLiteral("#e0a526");
    case PhotoStatus::Unavailable:
        return QStringLiteral("#5b7dc9");
    case PhotoStatus::Error:
        return QStringLiteral("#d0453b");
    }
    return {};
}

QString initials(const QString& name)
{
    QString out;
    for (const QString& part : name.split(u' ', Qt::SkipEmptyParts)) {
        if (part.at(0).isLetter()) {
            out += part.at(0).toUpper();
        }
        if (out.size() == 2) {
            break;
        }
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

} // namespace

QString HtmlReportWriter::escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QList<PhotoStatus> HtmlReportWriter::sectionOrder()
{
    return {PhotoStatus::Error, PhotoStatus::Placeholder, PhotoStatus::None, PhotoStatus::Unavailable,
            PhotoStatus::Photo};
}

void HtmlReportWriter::writeHeader(const AuditReportInfo& info)
{
    Q_UNUSED(info);
}

void HtmlReportWriter::write(const AuditRecord& record)
{
    m_byStatus[size_t(record.photo.status)].push_back(record);
}

void HtmlReportWriter::writeFooter(const AuditReportInfo& info)
{
    qint64 total = 0;
    for (const auto& list : m_byStatus) {
        total += qint64(list.size());
    }
    const QString title = QCoreApplication::translate("Portrait::HtmlReportWriter", "Portrait photo audit");
    put(QStringLiteral("<!DOCTYPE html>\n<html lang=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%1</title>\n")
            .arg(escape(title),
                 QCoreApplication::translate("Portrait::HtmlReportWriter", "en",
                                             "the language code of this report, for the HTML lang attribute")));
    put(QStringLiteral(
        "<style>\n"
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px;color:#202124;background:#fafafa}\n"
        "h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid #ddd;"
        "padding-bottom:4px}\n"
        ".meta{color:#5f6368;font-size:13px;margin-bottom:16px}\n"
        ".bars{max-width:640px}.bar{display:flex;align-items:center;margin:3px 0;font-size:13px}\n"
        ".bar .label{width:110px}.bar .track{flex:1;background:#eee;height:14px;border-radius:3px;margin:0 8px}\n"
        ".bar .fill{height:14px;border-radius:3px}.bar .n{width:60px;text-align:right}\n"
        ".grid{display:flex;flex-wrap:wrap;gap:10px}\n"
        ".card{width:150px;background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:8px;"
        "text-align:center;font-size:12px;overflow:hidden}\n"
        ".card img,.card .ph{width:72px;height:72px;border-radius:50%;object-fit:cover;display:block;"
        "margin:0 auto 6px}\n"
        ".card .ph{background:#dadce0;color:#5f6368;line-height:72px;font-size:24px}\n"
        ".name{font-weight:600;word-wrap:break-word}.sub{color:#5f6368;word-wrap:break-word}\n"
        ".reason{color:#b06000;margin-top:3px;word-wrap:break-word}\n"
        ".advice{color:#555;font-size:90%;margin-top:2px;word-wrap:break-word}\n"
        "</style>\n</head>\n<body>\n"));
    put(QStringLiteral("<h1>%1</h1>\n<div class=\"meta\">%2</div>\n")
            .arg(
                escape(title),
                escape(QCoreApplication::translate("Portrait::HtmlReportWriter", "%n principals in %1, audited %2%3%4",
                                                   nullptr, int(total))
                           .arg(info.scopes.join(QStringLiteral(", ")), info.createdAt.toUTC().toString(Qt::ISODate),
                                info.deep ? QCoreApplication::translate("Portrait::HtmlReportWriter", " (deep)")
                                          : QString(),
                                info.complete ? QString()
                                              : QCoreApplication::translate("Portrait::HtmlReportWriter",
                                                                            " (incomplete: the run stopped early)")))));
    put(QStringLiteral("<div class=\"bars\">\n"));
    for (PhotoStatus s : sectionOrder()) {
        const qint64 n = qint64(m_byStatus[size_t(s)].size());
        const double pct = total > 0 ? 100.0 * double(n) / double(total) : 0.0;
        put(QStringLiteral("<div class=\"bar\"><span class=\"label\">%1</span><span class=\"track\"><div "
                           "class=\"fill\" style=\"width:%2%;background:%3\"></div></span><span "
                           "class=\"n\">%4</span></div>\n")
                .arg(escape(statusTitle(s)))
                .arg(pct, 0, 'f', 1)
                .arg(statusColour(s))
                .arg(n));
    }
    put(QStringLiteral("</div>\n"));
    for (PhotoStatus s : sectionOrder()) {
        const auto& list = m_byStatus[size_t(s)];
        if (list.empty()) {
            continue;
        }
        put(QStringLiteral("<h2 id=\"%1\">%2 (%3)</h2>\n<div class=\"grid\">\n")
                .arg(photoStatusName(s), escape(statusTitle(s)))
                .arg(qint64(list.size())));
        for (const AuditRecord& r : list) {
            const DirectoryObject& o = r.object;
            QString card = QStringLiteral("<div class=\"card\" data-path=\"%1\" data-status=\"%2\">")
                               .arg(escape(o.path.toString()), photoStatusName(s));
            if (!r.thumbnail.isEmpty()) {
                card += QStringLiteral("<img alt=\"%1\" src=\"data:image/jpeg;base64,%2\">")
                            .arg(escape(o.displayName), QString::fromLatin1(r.thumbnail.toBase64()));
            } else {
                card += QStringLiteral("<div class=\"ph\">%1</div>").arg(escape(initials(o.displayName)));
            }
            card += QStringLiteral("<div class=\"name\">%1</div>").arg(escape(o.displayName));
            const QString sub = !o.userPrincipalName.isEmpty() ? o.userPrincipalName : o.mail;
            if (!sub.isEmpty()) {
                card += QStringLiteral("<div class=\"sub\">%1</div>").arg(escape(sub));
            }
            if (r.photo.hasPhoto()) {
                card += QStringLiteral("<div class=\"sub\">%1&#215;%2 %3</div>")
                            .arg(r.photo.width)
                            .arg(r.photo.height)
                            .arg(escape(r.photo.mediaType));
            }
            if (!r.photo.reason.isEmpty()) {
                // For people: the reason in words and what to do; the code (for a search) as the title.
                const PhotoExplanation e = explainPhoto(r.photo.status, r.photo.reason);
                QString reason = e.reason;
                if (!r.placeholder.isEmpty()) {
                    reason += QStringLiteral(": ") + r.placeholder;
                }
                card += QStringLiteral("<div class=\"reason\" title=\"%1\">%2</div>")
                            .arg(escape(r.photo.reason), escape(reason));
                if (!e.advice.isEmpty()) {
                    card += QStringLiteral("<div class=\"advice\">%1</div>").arg(escape(e.advice));
                }
            }
            card += QStringLiteral("</div>\n");
            put(card);
        }
        put(QStringLiteral("</div>\n"));
    }
    put(QStringLiteral("</body>\n</html>\n"));
    for (auto& list : m_byStatus) {
        list.clear();
    }
}

} // namespace Portrait
