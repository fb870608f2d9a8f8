mood = "ok" 🫨
