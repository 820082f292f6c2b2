namespace Tacitus.Nlp.Tokenization;

/// <summary>
/// The form the statistical models read for a token, where it differs from the text. Wire copy writes quotation marks
/// as two backquotes and two apostrophes (``like this''), which the treebank the tagger and parser learned from writes as
/// a straight double quote; read as written, `` was tagged a possessive or an adjective and broke the parse around it
/// ("called the exiles ``criminals''" made the exiles a compound of "criminals"). The token's span, and every output
/// form, keep the text as written.
/// </summary>
public static class ModelForms
{
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> form) => form is "``" or "''" ? "\"" : form;
}
