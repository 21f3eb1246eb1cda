// The translation unit that compiles a shared precompiled header (cmake/PortraitPch.cmake).
