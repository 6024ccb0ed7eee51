using CollectiveAlignment.Data.Errors;

namespace CollectiveAlignment.Web.Infrastructure.Api;

/// <summary>
/// A validated page request, shared by every paged list, so an out-of-range page number is refused with 400 instead of
/// overflowing in <c>page * size</c> (int.MaxValue once wrapped to page 0).
/// </summary>
public readonly record struct Paging
{
    /// <summary>The highest page number accepted; far beyond any real list, and small enough that the offset cannot overflow.</summary>
    public const int MaxPage = 1_000_000;

    private Paging(int page, int size)
    {
        Page = page;
        Size = size;
    }

    /// <summary>The 0-based page number.</summary>
    public int Page { get; }

    /// <summary>Rows per page.</summary>
    public int Size { get; }

    /// <summary>Rows to skip before this page; <see cref="Of"/> has checked that it fits.</summary>
    public int Skip => checked(Page * Size);

    /// <summary>Validates a page number from a request (absent means the first page).</summary>
    /// <exception cref="InvalidInputException">The page is negative or above <see cref="MaxPage"/>, or the size is not positive.</exception>
    public static Paging Of(int? page, int size)
    {
        var number = page ?? 0;
        if (number < 0 || number > MaxPage)
        {
            throw new InvalidInputException($"The page must be between 0 and {MaxPage}; {number} was given.");
        }

        if (size <= 0 || (long)number * size > int.MaxValue)
        {
            throw new InvalidInputException($"The page size must be positive and the offset fit; size {size} was given.");
        }

        return new Paging(number, size);
    }
}
