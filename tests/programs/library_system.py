from collections import defaultdict
from enum import Enum
class Genre(Enum):
    FICTION = "fiction"
    SCIENCE = "science"
    HISTORY = "history"
class BookNotAvailable(Exception):
    pass
class Book:
    def __init__(self, isbn, title, author, genre, copies=1):
        self.isbn, self.title, self.author, self.genre = isbn, title, author, genre
        self.copies = copies
        self.loaned = 0
    @property
    def available(self):
        return self.copies - self.loaned
    def __repr__(self):
        return f"<{self.title} by {self.author} ({self.available}/{self.copies})>"
class Library:
    def __init__(self):
        self.books = {}
        self.loans = defaultdict(list)
    def add(self, book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book
    def checkout(self, member, isbn):
        book = self.books.get(isbn)
        if book is None:
            raise KeyError(isbn)
        if book.available <= 0:
            raise BookNotAvailable(f"'{book.title}' has no copies left")
        book.loaned += 1
        self.loans[member].append(isbn)
    def give_back(self, member, isbn):
        self.loans[member].remove(isbn)
        self.books[isbn].loaned -= 1
    def by_genre(self):
        out = defaultdict(list)
        for b in self.books.values():
            out[b.genre.name].append(b.title)
        return {g: sorted(ts) for g, ts in sorted(out.items())}
lib = Library()
lib.add(Book("1", "Dune", "Herbert", Genre.FICTION, 2))
lib.add(Book("2", "Cosmos", "Sagan", Genre.SCIENCE))
lib.add(Book("3", "SPQR", "Beard", Genre.HISTORY))
lib.add(Book("2", "Cosmos", "Sagan", Genre.SCIENCE))
for member, isbn in [("ann", "1"), ("bob", "1"), ("cat", "1"), ("ann", "2"), ("dan", "9")]:
    try:
        lib.checkout(member, isbn)
        print(f"{member} borrowed {lib.books[isbn].title}")
    except BookNotAvailable as e:
        print("unavailable:", e)
    except KeyError as e:
        print("no such isbn:", e)
lib.give_back("ann", "1")
print(sorted(lib.books.values(), key=lambda b: b.title))
print(dict(lib.loans), lib.by_genre())
print(Genre("science"), [g.value for g in Genre])
