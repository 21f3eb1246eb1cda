#include "SearchText.h"

namespace Portrait {

namespace {

/// Letters without a decomposition that people type without their stroke or as two letters.
QStringView spelledOut(char32_t c)
{
    switch (c) {
    case U'ø':
    case U'Ø':
        return u"o";
    case U'æ':
    case U'Æ':
        return u"ae";
    case U'œ':
    case U'Œ':
        return u"oe";
    case U'ß':
        return u"ss";
    case U'ł':
    case U'Ł':
        return u"l";
    case U'đ':
    case U'Đ':
        return u"d";
    case U'ı':
        return u"i";
    case U'þ':
    case U'Þ':
        return u"th";
    default:
        return {};
    }
}

void appendFolded(char32_t c, QString* out, int depth = 0)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return; // accents
    default:
        break;
    }
    if (const QStringView spelled = spelledOut(c); !spelled.isEmpty()) {
        out->append(spelled);
        return;
    }
    const QString decomposed = depth < 4 ? QChar::decomposition(c) : QString();
    if (decomposed.isEmpty()) {
        out->append(QString::fromUcs4(&c, 1).toCaseFolded());
        return;
    }
    for (const char32_t part : decomposed.toUcs4()) {
        appendFolded(part, out, depth + 1);
    }
}

} // namespace

QString SearchText::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        return text.toString().toLower();
    }
    for (const char32_t c : text.toUcs4()) {
        appendFolded(c, &out);
    }
    return out;
}

SearchText::SearchText(const QString& typed)
    : m_text(typed.simplified())
{
    if (!m_text.isEmpty()) {
        m_words = fold(m_text).split(u' ', Qt::SkipEmptyParts);
    }
}

bool SearchText::matches(std::initializer_list<QStringView> fields) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    QStringList folded;
    folded.reserve(qsizetype(fields.size()));
    for (const QStringView field : fields) {
        folded.append(fold(field));
    }
    for (const QString& word : m_words) {
        bool found = false;
        for (const QString& field : std::as_const(folded)) {
            if (field.contains(word)) {
                found = true;
                break;
            }
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

QString graphSearch(const QString& term, const QStringList& properties)
{
    QString clean = term.simplified();
    clean.remove(u'"');
    clean.remove(u'\\');
    QStringList clauses;
    for (const QString& property : properties) {
        clauses.append(QStringLiteral("\"%1:%2\"").arg(property, clean));
    }
    return clauses.join(QStringLiteral(" OR "));
}

} // namespace Portrait
