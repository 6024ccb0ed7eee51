namespace CollectiveAlignment.Data.Audit;

/// <summary>The outcome of checking the audit chain.</summary>
/// <param name="IsValid">True when every link and the head agree.</param>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="HeadSequence">Sequence of the newest entry, 0 for an empty log.</param>
/// <param name="HeadHash">Hash of the newest entry: publish it to detect a rewrite of the whole log later.</param>
/// <param name="Problems">Each break found, naming the sequence number and what is wrong.</param>
public sealed record AuditVerification(bool IsValid, long EntriesChecked, long HeadSequence, string HeadHash, IReadOnlyList<string> Problems);
