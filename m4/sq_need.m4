dnl sq_need.m4: snipquiz's own autoconf macros.

dnl SQ_NEED(VARIABLE-PREFIX, PKG-CONFIG-MODULE, DEBIAN-PACKAGE)
dnl
dnl PKG_CHECK_MODULES for a library snipquiz cannot do without. A library
dnl that is missing stops configure with the Debian package that provides
dnl it, because that is the one thing the reader needs to know.
AC_DEFUN([SQ_NEED], [PKG_CHECK_MODULES([$1], [$2], [],
  [AC_MSG_ERROR([$2 was not found: install the Debian package $3 (apt-get install $3), or set PKG_CONFIG_PATH])])])
